package dev.rocky.app.execute;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.rocky.core.state.StateKeys;
import dev.rocky.planner.ModelStep;
import java.util.Objects;

/**
 * What to materialize: one planned step of a run. A record of records, so that the execute Lambda
 * receives it as its JSON payload.
 *
 * @param runId the run the result belongs to (partition records carry it)
 * @param step the planned step: target, executable SQL, strategy, inferred schema
 * @param sqlFile the model's SQL file, project-relative, named in errors
 * @param partitions for a time_interval step, which windows to replace; ignored otherwise
 */
public record ExecuteRequest(
    @JsonProperty("run_id") String runId,
    @JsonProperty("step") ModelStep step,
    @JsonProperty("sql_file") String sqlFile,
    @JsonProperty("partitions") PartitionOptions partitions) {

  public ExecuteRequest {
    StateKeys.requireValid(runId, "runId");
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(sqlFile, "sqlFile");
    partitions = Objects.requireNonNullElse(partitions, PartitionOptions.LATEST);
  }

  public static ExecuteRequest of(String runId, ModelStep step, String sqlFile) {
    return new ExecuteRequest(runId, step, sqlFile, PartitionOptions.LATEST);
  }
}
