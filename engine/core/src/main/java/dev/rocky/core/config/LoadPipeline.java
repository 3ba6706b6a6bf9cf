package dev.rocky.core.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code type = "load"}: ingests files from {@code source_dir} ({@code csv}, {@code parquet} or
 * {@code json_lines}; detected from extensions when {@code format} is absent) into a target
 * schema, with an optional run-time contract.
 */
public record LoadPipeline(
    @JsonProperty("source_dir") String sourceDir,
    @JsonProperty("format") @Nullable Format format,
    @JsonProperty("target") TableTarget target,
    @JsonProperty("options") Map<String, Object> options,
    @JsonProperty("contract") @Nullable Contract contract,
    @JsonProperty("checks") ChecksConfig checks,
    @JsonProperty("execution") ExecutionConfig execution,
    @JsonProperty("depends_on") List<String> dependsOn,
    @JsonProperty("schedule") @Nullable PipelineSchedule schedule)
    implements PipelineConfig {

  public LoadPipeline {
    sourceDir = Values.or(sourceDir, "");
    target = Values.or(target, TableTarget.unset());
    options = Values.map(options);
    checks = Values.or(checks, ChecksConfig.defaults());
    execution = Values.or(execution, ExecutionConfig.defaults());
    dependsOn = Values.list(dependsOn);
  }

  @Override
  public String type() {
    return "load";
  }

  @Override
  public String targetAdapter() {
    return target.adapter();
  }

  public enum Format {
    @JsonProperty("csv")
    CSV,
    @JsonProperty("parquet")
    PARQUET,
    @JsonProperty("json_lines")
    JSON_LINES
  }

  /** Columns the loaded table must keep, and type changes it may make. */
  public record Contract(
      @JsonProperty("required_columns") List<String> requiredColumns,
      @JsonProperty("protected_columns") List<String> protectedColumns,
      @JsonProperty("allowed_type_changes") List<Map<String, Object>> allowedTypeChanges) {
    public Contract {
      requiredColumns = Values.list(requiredColumns);
      protectedColumns = Values.list(protectedColumns);
      allowedTypeChanges = Values.list(allowedTypeChanges);
    }
  }
}
