package dev.rocky.sfn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rocky.core.port.WarehouseAdapter;
import dev.rocky.fn.support.FunctionJson;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Stands in for the branch function, which does not exist yet (issue 8 builds
 * {@code PromotionService}; its handler will answer this contract, documented in
 * {@code statemachines/README.md#branch-promote}):
 *
 * <ul>
 *   <li>{@code {"step":"plan", branch, snapshot_key, ...}} answers {@code {allowed, summary, tables}};
 *   <li>{@code {"step":"promote", ...}} answers {@code {status: "promoted", promotion_id, tables, summary}}.
 * </ul>
 *
 * The gates' verdict is the test's; {@code tables} counts what the branch run really built in the
 * branch schema of the DuckDB warehouse. Nothing is promoted.
 */
final class BranchFunctionStub implements LambdaBridge.Function {
  private final WarehouseAdapter warehouse;
  private final boolean allow;

  BranchFunctionStub(WarehouseAdapter warehouse, boolean allow) {
    this.warehouse = warehouse;
    this.allow = allow;
  }

  @Override
  public byte[] invoke(byte[] payload) {
    JsonNode in;
    try {
      in = FunctionJson.mapper().readTree(payload);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String branch = in.path("branch").asText();
    long tables = ((Number) warehouse.query("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'branch__"
        + branch.replaceAll("[^a-z0-9_]", "") + "'").single()).longValue();
    ObjectNode out = FunctionJson.mapper().createObjectNode();
    out.put("tables", tables);
    if (in.path("step").asText().equals("plan")) {
      out.put("allowed", allow);
      out.put("summary", allow ? "both gates pass for " + branch : "approval gate: 0 of 1 approvals for the project digest");
    } else {
      out.put("status", "promoted");
      out.put("promotion_id", "promote-20260302-120000-000");
      out.put("summary", "promoted " + tables + " tables of " + branch);
    }
    return FunctionJson.bytes(out);
  }
}
