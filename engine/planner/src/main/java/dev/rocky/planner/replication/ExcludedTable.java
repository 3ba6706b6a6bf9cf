package dev.rocky.planner.replication;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A discovered table the run leaves alone, and why ({@code disabled_by_override}, {@code invalid_name}). */
public record ExcludedTable(
    @JsonProperty("asset_key") List<String> assetKey,
    @JsonProperty("source_schema") String sourceSchema,
    @JsonProperty("table_name") String tableName,
    @JsonProperty("reason") String reason) {

  public ExcludedTable {
    assetKey = List.copyOf(assetKey);
  }
}
