package dev.rocky.core.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code type = "replication"}: copies the tables a source adapter discovers into a target whose
 * catalog and schema come from templates over the {@code schema_pattern} components.
 */
public record ReplicationPipeline(
    @JsonProperty("strategy") String strategy,
    @JsonProperty("timestamp_column") String timestampColumn,
    @JsonProperty("merge_keys") List<String> mergeKeys,
    @JsonProperty("merge_keys_fallback") List<String> mergeKeysFallback,
    @JsonProperty("metadata_columns") List<MetadataColumn> metadataColumns,
    @JsonProperty("source") Source source,
    @JsonProperty("target") Target target,
    @JsonProperty("table_overrides") List<TableOverride> tableOverrides,
    @JsonProperty("prune_unchanged") Boolean pruneUnchanged,
    @JsonProperty("checks") ChecksConfig checks,
    @JsonProperty("execution") ExecutionConfig execution,
    @JsonProperty("depends_on") List<String> dependsOn,
    @JsonProperty("schedule") @Nullable PipelineSchedule schedule)
    implements PipelineConfig {

  /** Strategies a replication pipeline understands; others fall back to full_refresh (V035). */
  public static final List<String> STRATEGIES = List.of("incremental", "full_refresh", "merge", "view", "materialized_view");

  public ReplicationPipeline {
    strategy = Values.or(strategy, "incremental");
    timestampColumn = Values.or(timestampColumn, "_fivetran_synced");
    mergeKeys = Values.list(mergeKeys);
    mergeKeysFallback = Values.list(mergeKeysFallback);
    metadataColumns = Values.list(metadataColumns);
    source = Values.or(source, new Source(null, null, null, null));
    target = Values.or(target, new Target(null, null, null, null));
    tableOverrides = Values.list(tableOverrides);
    pruneUnchanged = Values.or(pruneUnchanged, false);
    checks = Values.or(checks, ChecksConfig.defaults());
    execution = Values.or(execution, ExecutionConfig.defaults());
    dependsOn = Values.list(dependsOn);
  }

  @Override
  public String type() {
    return "replication";
  }

  @Override
  public String targetAdapter() {
    return target.adapter();
  }

  /** A column added to every replicated table; {@code value} is a raw SQL expression. */
  public record MetadataColumn(
      @JsonProperty(value = "name", required = true) String name,
      @JsonProperty(value = "type", required = true) String type,
      @JsonProperty(value = "value", required = true) String value) {
    public MetadataColumn {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(value, "value");
    }
  }

  /** Where tables come from: a data adapter, an optional discovery adapter and the schema pattern. */
  public record Source(
      @JsonProperty("adapter") String adapter,
      @JsonProperty("catalog") @Nullable String catalog,
      @JsonProperty("discovery") @Nullable Discovery discovery,
      @JsonProperty("schema_pattern") @Nullable SchemaPattern schemaPattern) {
    public Source {
      adapter = Values.or(adapter, RockyConfig.DEFAULT_ADAPTER);
    }
  }

  /** The adapter that enumerates sources; {@code on_collision} is off, warn or error. */
  public record Discovery(
      @JsonProperty(value = "adapter", required = true) String adapter,
      @JsonProperty("report_new_sources") Boolean reportNewSources,
      @JsonProperty("on_collision") String onCollision) {
    public Discovery {
      Objects.requireNonNull(adapter, "adapter");
      reportNewSources = Values.or(reportNewSources, false);
      onCollision = Values.or(onCollision, "off");
    }
  }

  /**
   * How source schema names split into components, e.g. prefix {@code src__}, separator
   * {@code __}, components {@code ["tenant", "regions...", "source"]} (a trailing {@code ...}
   * makes a component multi-valued).
   */
  public record SchemaPattern(
      @JsonProperty(value = "prefix", required = true) String prefix,
      @JsonProperty(value = "separator", required = true) String separator,
      @JsonProperty(value = "components", required = true) List<String> components) {
    public SchemaPattern {
      Objects.requireNonNull(prefix, "prefix");
      Objects.requireNonNull(separator, "separator");
      components = Values.list(components);
    }
  }

  /** Where tables land: {@code {component}} placeholders in the templates. */
  public record Target(
      @JsonProperty("adapter") String adapter,
      @JsonProperty("catalog_template") String catalogTemplate,
      @JsonProperty("schema_template") String schemaTemplate,
      @JsonProperty("governance") GovernanceConfig governance) {
    public Target {
      adapter = Values.or(adapter, RockyConfig.DEFAULT_ADAPTER);
      catalogTemplate = Values.or(catalogTemplate, "");
      schemaTemplate = Values.or(schemaTemplate, "");
      governance = Values.or(governance, GovernanceConfig.defaults());
    }
  }

  /** Per-table overrides selected by connector and table globs. */
  public record TableOverride(
      @JsonProperty(value = "match", required = true) Match match,
      @JsonProperty("strategy") @Nullable String strategy,
      @JsonProperty("merge_keys") @Nullable List<String> mergeKeys,
      @JsonProperty("merge_keys_fallback") @Nullable List<String> mergeKeysFallback,
      @JsonProperty("timestamp_column") @Nullable String timestampColumn,
      @JsonProperty("enabled") @Nullable Boolean enabled) {
    public TableOverride {
      Objects.requireNonNull(match, "match");
    }
  }

  /** Globs ({@code *}, {@code ?}) over connector and table names. */
  public record Match(@JsonProperty("connector") @Nullable String connector, @JsonProperty("table") @Nullable String table) {}
}
