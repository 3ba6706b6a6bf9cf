package dev.rocky.testkit.emulator.databricks;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** StatementResponse and ResultData bodies, as the API reference shapes them (JSON_ARRAY, INLINE). */
final class StatementResponses {
  private StatementResponses() {}

  static ObjectNode statement(EmulatedStatement s, String state, int chunkRows) {
    ObjectNode out = Json.object().put("statement_id", s.id);
    ObjectNode status = out.putObject("status").put("state", state);
    Outcome outcome = s.outcome();
    if (state.equals("FAILED") && outcome instanceof Outcome.Failure f) {
      status.putObject("error").put("error_code", f.errorCode()).put("message", f.message());
      status.put("sql_state", f.sqlState());
    }
    if (state.equals("SUCCEEDED") && outcome instanceof Outcome.Rows rows) {
      out.set("manifest", manifest(rows, chunkRows));
      if (!rows.columns().isEmpty()) {
        out.set("result", chunk(s, rows, 0, chunkRows));
      }
    }
    return out;
  }

  static ObjectNode manifest(Outcome.Rows rows, int chunkRows) {
    ObjectNode manifest = Json.object().put("format", "JSON_ARRAY");
    ObjectNode schema = manifest.putObject("schema").put("column_count", rows.columns().size());
    ArrayNode columns = schema.putArray("columns");
    for (int i = 0; i < rows.columns().size(); i++) {
      Outcome.Column c = rows.columns().get(i);
      ObjectNode col = columns.addObject().put("name", c.name()).put("position", i)
          .put("type_name", c.typeName()).put("type_text", c.typeText());
      if (c.precision() != null) {
        col.put("type_precision", c.precision()).put("type_scale", c.scale());
      }
    }
    int chunks = chunkCount(rows, chunkRows);
    manifest.put("total_chunk_count", chunks).put("total_row_count", rows.rows().size()).put("truncated", false);
    ArrayNode infos = manifest.putArray("chunks");
    for (int i = 0; i < chunks; i++) {
      infos.addObject().put("chunk_index", i).put("row_offset", (long) i * chunkRows)
          .put("row_count", Math.min(chunkRows, rows.rows().size() - i * chunkRows));
    }
    return manifest;
  }

  /** Chunk {@code index}, with the link to the next one when there is a next one; null past the end. */
  static @Nullable ObjectNode chunk(EmulatedStatement s, Outcome.Rows rows, int index, int chunkRows) {
    int chunks = chunkCount(rows, chunkRows);
    if (index >= Math.max(chunks, 1)) {
      return null;
    }
    int from = index * chunkRows;
    List<List<@Nullable String>> slice = rows.rows().subList(Math.min(from, rows.rows().size()),
        Math.min(from + chunkRows, rows.rows().size()));
    ObjectNode out = Json.object().put("chunk_index", index).put("row_offset", from).put("row_count", slice.size());
    out.set("data_array", Json.rows(slice));
    if (index + 1 < chunks) {
      out.put("next_chunk_index", index + 1)
          .put("next_chunk_internal_link", "/api/2.0/sql/statements/" + s.id + "/result/chunks/" + (index + 1));
    }
    return out;
  }

  private static int chunkCount(Outcome.Rows rows, int chunkRows) {
    return rows.columns().isEmpty() ? 0 : Math.max(1, (rows.rows().size() + chunkRows - 1) / chunkRows);
  }
}
