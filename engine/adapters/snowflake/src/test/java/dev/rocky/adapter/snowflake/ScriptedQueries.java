package dev.rocky.adapter.snowflake;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Answers for queries the emulated account's DuckDB cannot run ({@code HASH_AGG},
 * {@code AT(TIMESTAMP => ...)} inside a query, a fixed {@code CURRENT_TIMESTAMP()}), scripted in front
 * of it as WireMock stubs on the driver's query endpoint: a query with exactly this text gets this
 * result (or this failure), in the JSON result format the driver reads. Everything else still reaches
 * the emulator.
 */
final class ScriptedQueries {
  private static final String QUERY = "/queries/v1/query-request";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long SELECT = 4096;
  private static final long DDL = 24576;

  private final WireMockServer server;
  private final AtomicInteger ids = new AtomicInteger();

  ScriptedQueries(WireMockServer server) {
    this.server = server;
  }

  /** A column of a scripted result: its name and the driver's type ({@code fixed}, {@code text}, {@code timestamp_ltz}). */
  record Column(String name, String type) {}

  /** {@code sql} returns these rows (values as the JSON format sends them: strings; instants as epoch seconds). */
  void answer(String sql, List<Column> columns, List<List<String>> rows) {
    stub(sql, result(columns, rows, SELECT));
  }

  /** {@code sql} succeeds as DDL does. */
  void succeed(String sql) {
    stub(sql, result(List.of(new Column("status", "text")), List.of(List.of("Statement executed successfully.")), DDL));
  }

  /** {@code sql} fails with Snowflake's code, SQLSTATE and message. */
  void fail(String sql, String code, String sqlState, String message) {
    String id = queryId();
    ObjectNode data = JSON.createObjectNode().put("internalError", false).put("errorCode", code).put("age", 0)
        .put("sqlState", sqlState).put("queryId", id).put("line", -1).put("pos", -1).put("type", "EXECUTION");
    ObjectNode body = JSON.createObjectNode();
    body.set("data", data);
    stub(sql, body.put("code", code).put("message", message).put("success", false));
  }

  /** An instant as the JSON result format sends a TIMESTAMP_LTZ. */
  static String epoch(Instant at) {
    return at.getEpochSecond() + "." + String.format("%09d", at.getNano());
  }

  /** The text of every query submitted so far, in order. */
  List<String> submitted() {
    return server.findAll(postRequestedFor(urlPathEqualTo(QUERY))).stream()
        .map(r -> read(r.getBodyAsString()).path("sqlText").asText()).toList();
  }

  private ObjectNode result(List<Column> columns, List<List<String>> rows, long statementType) {
    ObjectNode data = JSON.createObjectNode();
    ArrayNode params = data.putArray("parameters");
    params.addObject().put("name", "TIMEZONE").put("value", "UTC");
    ArrayNode rowtype = data.putArray("rowtype");
    for (Column c : columns) {
      boolean fixed = c.type().equals("fixed");
      rowtype.addObject().put("name", c.name()).put("database", "ROCKY").put("schema", "PUBLIC").put("table", "")
          .put("nullable", true).putNull("byteLength").putNull("length").put("type", c.type())
          .put("scale", c.type().startsWith("timestamp") ? 9 : 0).put("precision", fixed ? 38 : 0).putNull("collation");
    }
    ArrayNode rowset = data.putArray("rowset");
    rows.forEach(r -> {
      ArrayNode row = rowset.addArray();
      r.forEach(row::add);
    });
    data.put("total", rows.size()).put("returned", rows.size()).put("queryId", queryId()).putNull("databaseProvider")
        .put("finalDatabaseName", "ROCKY").put("finalSchemaName", "PUBLIC").put("finalWarehouseName", "ROCKY_WH")
        .put("finalRoleName", "ROCKY_ROLE").put("numberOfBinds", 0).put("arrayBindSupported", false)
        .put("statementTypeId", statementType).put("version", 1).put("sendResultTime", System.currentTimeMillis())
        .put("queryResultFormat", "json");
    ObjectNode body = JSON.createObjectNode();
    body.set("data", data);
    return body.putNull("code").putNull("message").put("success", true);
  }

  private String queryId() {
    return String.format("01b2c3d4-0000-0000-0000-%012d", ids.incrementAndGet());
  }

  private void stub(String sql, ObjectNode body) {
    server.stubFor(post(urlPathEqualTo(QUERY)).atPriority(1)
        .withRequestBody(matchingJsonPath("$.sqlText", equalTo(sql)))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body.toString())));
  }

  private static JsonNode read(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new IllegalStateException("not JSON: " + text, e);
    }
  }
}
