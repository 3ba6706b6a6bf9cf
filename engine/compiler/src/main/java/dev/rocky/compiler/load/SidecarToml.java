package dev.rocky.compiler.load;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.rocky.core.project.Freshness;
import dev.rocky.core.project.ModelConfig;
import dev.rocky.core.project.Strategy;
import dev.rocky.core.project.TargetRef;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A model sidecar ({@code <model>.toml}) as written: Rocky's keys, bound strictly. Absent keys are
 * null; {@link ModelsLoader} merges the sidecar over the directory defaults.
 */
record SidecarToml(
    @JsonProperty("name") @Nullable String name,
    @JsonProperty("depends_on") @Nullable List<String> dependsOn,
    @JsonProperty("adapter") @Nullable String adapter,
    @JsonProperty("intent") @Nullable String intent,
    @JsonProperty("group") @Nullable String group,
    @JsonProperty("args") @Nullable Map<String, String> args,
    @JsonProperty("strategy") @Nullable Strategy strategy,
    @JsonProperty("target") @Nullable Target target,
    @JsonProperty("sources") @Nullable List<TargetRef> sources,
    @JsonProperty("format") @Nullable Format format,
    @JsonProperty("format_options") @Nullable FormatOptions formatOptions,
    @JsonProperty("freshness") @Nullable Freshness freshness,
    @JsonProperty("tests") @Nullable List<Map<String, Object>> tests,
    @JsonProperty("use_test") @Nullable List<UseTest> useTests,
    @JsonProperty("test") @Nullable List<Map<String, Object>> unitTests,
    @JsonProperty("classification") @Nullable Map<String, String> classification,
    @JsonProperty("tags") @Nullable Map<String, String> tags,
    @JsonProperty("governance") @Nullable Governance governance,
    @JsonProperty("retention") @Nullable String retention,
    @JsonProperty("budget") @Nullable Budget budget,
    @JsonProperty("skip") ModelConfig.@Nullable Skip skip,
    @JsonProperty("surrogate_key") @Nullable List<ModelConfig.SurrogateKey> surrogateKeys,
    @JsonProperty("columns") @Nullable Map<String, ColumnDoc> columns) {

  /** {@code [target]}: every part optional; the table defaults to the model name. */
  record Target(
      @JsonProperty("catalog") @Nullable String catalog,
      @JsonProperty("schema") @Nullable String schema,
      @JsonProperty("table") @Nullable String table) {}

  /** The lakehouse table shape. */
  enum Format {
    @JsonProperty("delta_table")
    DELTA_TABLE,
    @JsonProperty("iceberg_table")
    ICEBERG_TABLE,
    @JsonProperty("materialized_view")
    MATERIALIZED_VIEW,
    @JsonProperty("streaming_table")
    STREAMING_TABLE,
    @JsonProperty("table")
    TABLE,
    @JsonProperty("view")
    VIEW;

    String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  record FormatOptions(
      @JsonProperty("partition_by") @Nullable List<String> partitionBy,
      @JsonProperty("cluster_by") @Nullable List<String> clusterBy,
      @JsonProperty("table_properties") @Nullable Map<String, String> tableProperties,
      @JsonProperty("comment") @Nullable String comment) {}

  /** A reference into {@code test_definitions.toml}. */
  record UseTest(
      @JsonProperty(value = "name", required = true) String name,
      @JsonProperty("column") @Nullable String column,
      @JsonProperty("severity") @Nullable String severity,
      @JsonProperty("filter") @Nullable String filter) {}

  /** {@code [governance]}: {@code tags} written onto the warehouse object; {@code grants} on it (beyond Rocky). */
  record Governance(
      @JsonProperty("tags") @Nullable Map<String, String> tags,
      @JsonProperty("grants") @Nullable List<dev.rocky.core.config.GovernanceConfig.Grant> grants) {}

  /** Per-model budget; unset fields inherit the project {@code [budget]}. */
  record Budget(
      @JsonProperty("max_usd") @Nullable Double maxUsd,
      @JsonProperty("max_duration_ms") @Nullable Long maxDurationMs,
      @JsonProperty("max_bytes_scanned") @Nullable Long maxBytesScanned,
      @JsonProperty("on_breach") dev.rocky.core.config.CostSections.@Nullable OnBreach onBreach) {}

  /** {@code [columns.<col>]}. */
  record ColumnDoc(@JsonProperty("description") @Nullable String description) {}
}
