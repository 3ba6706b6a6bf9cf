package dev.rocky.testkit.emulator.snowflake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The JSON envelopes of Snowflake's REST protocol: {@code {data, code, message, success}}. */
final class Wire {
  static final ObjectMapper JSON = new ObjectMapper();

  private Wire() {}

  /** A column of a result, as the {@code rowtype} entries describe it. */
  record Column(String name, String type, int precision, int scale) {}

  /** A result: columns, rows of strings (JSON result format), and the statement type id. */
  record Result(List<Column> columns, List<List<@Nullable String>> rows, long statementTypeId) {}

  static final long SELECT = 4096;
  static final long INSERT = 12544;
  static final long UPDATE = 12800;
  static final long DELETE = 13056;
  static final long MERGE = 13312;
  static final long ALTER_SESSION = 16640;
  static final long TCL = 20480;
  static final long DDL = 24576;

  static JsonNode parse(String text) {
    try {
      return text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + text, e);
    }
  }

  static ObjectNode success(ObjectNode data) {
    ObjectNode out = JSON.createObjectNode();
    out.set("data", data);
    return out.putNull("code").putNull("message").put("success", true);
  }

  static ObjectNode failure(String code, String message, @Nullable ObjectNode data) {
    ObjectNode out = JSON.createObjectNode();
    if (data == null) {
      out.putNull("data");
    } else {
      out.set("data", data);
    }
    return out.put("code", code).put("message", message).put("success", false);
  }

  static ObjectNode result(Result r, String queryId, List<ObjectNode> parameters, String database, String schema) {
    ObjectNode data = JSON.createObjectNode();
    ArrayNode params = data.putArray("parameters");
    parameters.forEach(params::add);
    ArrayNode rowtype = data.putArray("rowtype");
    for (Column c : r.columns()) {
      rowtype.addObject().put("name", c.name()).put("database", database).put("schema", schema).put("table", "")
          .put("nullable", true).putNull("byteLength").putNull("length").put("type", c.type())
          .put("scale", c.scale()).put("precision", c.precision()).putNull("collation");
    }
    ArrayNode rowset = data.putArray("rowset");
    for (List<@Nullable String> row : r.rows()) {
      ArrayNode a = rowset.addArray();
      row.forEach(a::add);
    }
    return data.put("total", r.rows().size()).put("returned", r.rows().size()).put("queryId", queryId)
        .putNull("databaseProvider").put("finalDatabaseName", database).put("finalSchemaName", schema)
        .put("finalWarehouseName", "ROCKY_WH").put("finalRoleName", "ROCKY_ROLE").put("numberOfBinds", 0)
        .put("arrayBindSupported", false).put("statementTypeId", r.statementTypeId()).put("version", 1)
        .put("sendResultTime", System.currentTimeMillis()).put("queryResultFormat", "json");
  }

  static ObjectNode parameter(String name, Object value) {
    ObjectNode p = JSON.createObjectNode().put("name", name);
    return switch (value) {
      case Boolean b -> p.put("value", b);
      case Integer i -> p.put("value", i);
      default -> p.put("value", value.toString());
    };
  }

  static ResponseDefinition json(int status, ObjectNode body) {
    try {
      return new ResponseDefinitionBuilder().withStatus(status).withHeader("Content-Type", "application/json")
          .withBody(JSON.writeValueAsString(body)).build();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
