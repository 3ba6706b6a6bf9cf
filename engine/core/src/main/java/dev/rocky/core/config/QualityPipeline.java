package dev.rocky.core.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code type = "quality"}: runs checks against existing tables, moving no data. Without tables
 * (V026) or with checks disabled (V027) it does nothing.
 */
public record QualityPipeline(
    @JsonProperty("target") Target target,
    @JsonProperty("tables") List<TableRef> tables,
    @JsonProperty("checks") ChecksConfig checks,
    @JsonProperty("execution") ExecutionConfig execution,
    @JsonProperty("depends_on") List<String> dependsOn,
    @JsonProperty("schedule") @Nullable PipelineSchedule schedule)
    implements PipelineConfig {

  public QualityPipeline {
    target = Values.or(target, new Target(null));
    tables = Values.list(tables);
    checks = Values.or(checks, ChecksConfig.defaults());
    execution = Values.or(execution, ExecutionConfig.defaults());
    dependsOn = Values.list(dependsOn);
  }

  @Override
  public String type() {
    return "quality";
  }

  @Override
  public String targetAdapter() {
    return target.adapter();
  }

  /** The adapter that runs the check queries. */
  public record Target(@JsonProperty("adapter") String adapter) {
    public Target {
      adapter = Values.or(adapter, RockyConfig.DEFAULT_ADAPTER);
    }
  }

  /** A schema to check, or one table of it when {@code table} is set. */
  public record TableRef(
      @JsonProperty(value = "catalog", required = true) String catalog,
      @JsonProperty(value = "schema", required = true) String schema,
      @JsonProperty("table") @Nullable String table) {
    public TableRef {
      Objects.requireNonNull(catalog, "catalog");
      Objects.requireNonNull(schema, "schema");
    }
  }
}
