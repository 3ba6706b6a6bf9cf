package dev.rocky.fn.execute;

import dev.rocky.adapter.duckdb.DuckDbAdapter;
import dev.rocky.core.project.Strategy;
import dev.rocky.core.types.ModelSchema;
import dev.rocky.fn.support.FunctionJson;
import dev.rocky.fn.support.Invocation;
import dev.rocky.fn.support.StoredPlan;
import dev.rocky.core.memory.MemoryArtifactStore;
import dev.rocky.core.memory.MemoryStateStore;
import dev.rocky.planner.ModelStep;
import dev.rocky.planner.sql.TableName;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Runs whole invocations before the SnapStart snapshot against an in-memory DuckDB and in-memory
 * stores: a two-model plan (a table, then an incremental model reading it), each model once, then
 * one repeat (the replay path). DuckDB's native library, the JDBC driver, the renderer, the
 * service and the JSON of payloads are loaded and warmed; the database is closed and dropped.
 * Everything is fixed: a fixed clock, fixed ids, literal data.
 */
final class ExecutePriming {
  private static final Instant FIXED = Instant.parse("2026-01-01T00:00:00Z");
  private static final Invocation PRIMING = new Invocation("priming", Duration.ofMinutes(15));
  private static final String RUN = "run-20260101-000000-000";

  private ExecutePriming() {}

  /** Returns the responses: the two models, then the repeat. */
  static List<ExecuteModelResponse> run() {
    MemoryArtifactStore artifacts = new MemoryArtifactStore();
    Clock clock = Clock.fixed(FIXED, ZoneOffset.UTC);
    MemoryStateStore state = new MemoryStateStore(clock);
    String planKey = artifacts.put(FunctionJson.bytes(plan()));
    try (DuckDbAdapter duck = DuckDbAdapter.inMemory()) {
      ExecuteHandler handler = new ExecuteHandler(ExecuteWiring.of(() -> duck, state, artifacts, clock));
      return List.of(invoke(handler, planKey, "priming_orders"), invoke(handler, planKey, "priming_totals"),
          invoke(handler, planKey, "priming_orders"));
    }
  }

  private static ExecuteModelResponse invoke(ExecuteHandler handler, String planKey, String model) {
    byte[] response = handler.invoke(FunctionJson.bytes(ExecuteModelRequest.of(planKey, model, RUN)), PRIMING);
    return FunctionJson.read(response, ExecuteModelResponse.class);
  }

  private static StoredPlan plan() {
    ModelStep orders = new ModelStep("priming_orders", new Strategy.FullRefresh(), new TableName(null, "main", "priming_orders"),
        "SELECT 1 AS order_id, 9.5 AS amount, TIMESTAMP '2026-01-01 00:00:00' AS updated_at",
        ModelSchema.unknown("priming_orders"), List.of());
    ModelStep totals = new ModelStep("priming_totals", new Strategy.Incremental("updated_at"),
        new TableName(null, "main", "priming_totals"),
        "SELECT order_id, sum(amount) AS amount, max(updated_at) AS updated_at FROM priming_orders GROUP BY order_id",
        ModelSchema.unknown("priming_totals"), List.of());
    return new StoredPlan(StoredPlan.FORMAT, "duckdb", List.of(List.of(orders), List.of(totals)),
        Map.of("priming_totals", List.of("priming_orders")),
        Map.of("priming_orders", "models/priming_orders.sql", "priming_totals", "models/priming_totals.sql"));
  }
}
