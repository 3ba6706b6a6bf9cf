package dev.rocky.app.cost;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.rocky.core.port.QueryEstimate;
import org.jspecify.annotations.Nullable;

/**
 * What the warehouse's {@code EXPLAIN} expects a model's query to return and read, for
 * {@code preview cost}, beside the projection from history. A figure the warehouse does not estimate
 * is null (DuckDB estimates rows, Snowflake bytes, Databricks both).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"rows", "rows_scanned", "bytes_scanned"})
public record ExplainEstimate(
    @JsonProperty("rows") @Nullable Long rows,
    @JsonProperty("rows_scanned") @Nullable Long rowsScanned,
    @JsonProperty("bytes_scanned") @Nullable Long bytesScanned) {

  public static ExplainEstimate of(QueryEstimate e) {
    return new ExplainEstimate(e.rows(), e.rowsScanned(), e.bytesScanned());
  }

  /** For a table cell: {@code ~N rows read, X}. */
  String text() {
    StringBuilder out = new StringBuilder();
    if (rowsScanned != null) {
      out.append('~').append(String.format(java.util.Locale.ROOT, "%,d", rowsScanned)).append(" rows read");
    } else if (rows != null) {
      out.append('~').append(String.format(java.util.Locale.ROOT, "%,d", rows)).append(" rows");
    }
    if (bytesScanned != null) {
      out.append(out.isEmpty() ? "" : ", ").append(CostText.bytes(bytesScanned));
    }
    return out.isEmpty() ? "-" : out.toString();
  }
}
