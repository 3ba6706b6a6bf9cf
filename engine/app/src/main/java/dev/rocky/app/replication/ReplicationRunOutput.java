package dev.rocky.app.replication;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.rocky.app.run.RunOutput;
import dev.rocky.planner.replication.ExcludedTable;
import java.util.List;
import java.util.Objects;

/**
 * What {@code rocky run} prints for a replication pipeline: Rocky's {@code RunOutput}, with
 * {@code pipeline_type = "replication"} and the discovered tables the run left out.
 */
public record ReplicationRunOutput(
    @JsonUnwrapped @JsonIgnoreProperties({"version", "command"}) RunOutput run,
    @JsonProperty("pipeline_type") String pipelineType,
    @JsonProperty("excluded_tables") List<ExcludedTable> excludedTables) {

  public ReplicationRunOutput {
    Objects.requireNonNull(run, "run");
    excludedTables = List.copyOf(excludedTables);
  }

  public ReplicationRunOutput(RunOutput run, List<ExcludedTable> excludedTables) {
    this(run, "replication", excludedTables);
  }

  /** Rocky's exit code: 0 success, 2 partial failure, 1 failure. */
  @JsonIgnore
  public int exitCode() {
    return run.exitCode();
  }
}
