package dev.rocky.app.replication;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.rocky.planner.replication.ExcludedTable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What {@code rocky discover} prints: the sources of a replication pipeline, each with the component
 * values its schema carries and its tables, each table with the target it would be copied to and
 * its strategy; then the discovered tables the pipeline leaves out.
 */
@JsonPropertyOrder({"version", "command", "pipeline", "sources", "excluded_tables"})
public record DiscoverOutput(
    @JsonProperty("version") String version,
    @JsonProperty("command") String command,
    @JsonProperty("pipeline") String pipeline,
    @JsonProperty("sources") List<Source> sources,
    @JsonProperty("excluded_tables") List<ExcludedTable> excludedTables) {

  public DiscoverOutput {
    sources = List.copyOf(sources);
    excludedTables = List.copyOf(excludedTables);
  }

  /** One discovered source of the pipeline. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"id", "schema", "components", "source_type", "last_sync_at", "tables"})
  public record Source(
      @JsonProperty("id") String id,
      @JsonProperty("schema") String schema,
      @JsonProperty("components") Map<String, List<String>> components,
      @JsonProperty("source_type") String sourceType,
      @JsonProperty("last_sync_at") @Nullable Instant lastSyncAt,
      @JsonProperty("tables") List<Table> tables) {}

  /** A table the pipeline would copy, where to, and how. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Table(
      @JsonProperty("name") String name,
      @JsonProperty("row_count") @Nullable Long rowCount,
      @JsonProperty("target") String target,
      @JsonProperty("strategy") String strategy,
      @JsonProperty("asset_key") List<String> assetKey) {}
}
