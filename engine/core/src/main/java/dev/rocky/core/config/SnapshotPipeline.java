package dev.rocky.core.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code type = "snapshot"}: SCD type 2 history of one source table, keyed by {@code unique_key}
 * (must not be empty, V028) with changes detected on {@code updated_at}.
 */
public record SnapshotPipeline(
    @JsonProperty("unique_key") List<String> uniqueKey,
    @JsonProperty("updated_at") @Nullable String updatedAt,
    @JsonProperty("invalidate_hard_deletes") Boolean invalidateHardDeletes,
    @JsonProperty("source") TableTarget source,
    @JsonProperty("target") TableTarget target,
    @JsonProperty("checks") ChecksConfig checks,
    @JsonProperty("execution") ExecutionConfig execution,
    @JsonProperty("depends_on") List<String> dependsOn,
    @JsonProperty("schedule") @Nullable PipelineSchedule schedule)
    implements PipelineConfig {

  public SnapshotPipeline {
    uniqueKey = Values.list(uniqueKey);
    invalidateHardDeletes = Values.or(invalidateHardDeletes, false);
    source = Values.or(source, TableTarget.unset());
    target = Values.or(target, TableTarget.unset());
    checks = Values.or(checks, ChecksConfig.defaults());
    execution = Values.or(execution, ExecutionConfig.defaults());
    dependsOn = Values.list(dependsOn);
  }

  @Override
  public String type() {
    return "snapshot";
  }

  @Override
  public String targetAdapter() {
    return target.adapter();
  }
}
