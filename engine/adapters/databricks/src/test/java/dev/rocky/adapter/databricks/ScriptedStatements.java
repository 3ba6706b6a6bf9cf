package dev.rocky.adapter.databricks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Answers for statements the emulated workspace's DuckDB cannot run ({@code DESCRIBE HISTORY},
 * {@code xxhash64}, {@code VERSION AS OF}), scripted in front of it as WireMock stubs on the Statement
 * Execution API: a statement with exactly this text gets this result (or this failure). Everything
 * else still reaches the emulator.
 */
final class ScriptedStatements {
  private static final String STATEMENTS = "/api/2.0/sql/statements/?";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final WireMockServer server;
  private final AtomicInteger ids = new AtomicInteger();

  ScriptedStatements(WireMockServer server) {
    this.server = server;
  }

  /** A column of a scripted result: its name and Databricks type ({@code LONG}, {@code STRING}, ...). */
  record Column(String name, String type) {}

  /** {@code sql} succeeds with these rows (values as the JSON_ARRAY format sends them: strings). */
  void answer(String sql, List<Column> columns, List<List<String>> rows) {
    ObjectNode body = JSON.createObjectNode().put("statement_id", "scripted-" + ids.incrementAndGet());
    body.putObject("status").put("state", "SUCCEEDED");
    ObjectNode manifest = body.putObject("manifest").put("format", "JSON_ARRAY");
    ObjectNode schema = manifest.putObject("schema").put("column_count", columns.size());
    ArrayNode cols = schema.putArray("columns");
    for (int i = 0; i < columns.size(); i++) {
      cols.addObject().put("name", columns.get(i).name()).put("position", i)
          .put("type_name", columns.get(i).type()).put("type_text", columns.get(i).type());
    }
    int chunks = columns.isEmpty() ? 0 : 1;
    manifest.put("total_chunk_count", chunks).put("total_row_count", rows.size()).put("truncated", false);
    ArrayNode infos = manifest.putArray("chunks");
    if (chunks == 1) {
      infos.addObject().put("chunk_index", 0).put("row_offset", 0).put("row_count", rows.size());
      ObjectNode result = body.putObject("result").put("chunk_index", 0).put("row_offset", 0).put("row_count", rows.size());
      ArrayNode data = result.putArray("data_array");
      rows.forEach(r -> {
        ArrayNode row = data.addArray();
        r.forEach(row::add);
      });
    }
    stub(sql, body);
  }

  /** {@code sql} succeeds without a result (DDL). */
  void succeed(String sql) {
    answer(sql, List.of(), List.of());
  }

  /** {@code sql} fails as the warehouse reports it. */
  void fail(String sql, String errorCode, String message, String sqlState) {
    ObjectNode body = JSON.createObjectNode().put("statement_id", "scripted-" + ids.incrementAndGet());
    ObjectNode status = body.putObject("status").put("state", "FAILED");
    status.putObject("error").put("error_code", errorCode).put("message", message);
    status.put("sql_state", sqlState);
    stub(sql, body);
  }

  /** The text of every statement submitted so far, in order. */
  List<String> submitted() {
    return server.findAll(postRequestedFor(urlPathMatching(STATEMENTS))).stream()
        .map(r -> read(r.getBodyAsString()).path("statement").asText()).toList();
  }

  private void stub(String sql, ObjectNode body) {
    server.stubFor(post(urlPathMatching(STATEMENTS)).atPriority(1)
        .withRequestBody(matchingJsonPath("$.statement", equalTo(sql)))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body.toString())));
  }

  private static JsonNode read(String text) {
    try {
      return JSON.readTree(text);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("not JSON: " + text, e);
    }
  }
}
