package dev.rocky.fn.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.rocky.app.api.StartRunRequest;
import dev.rocky.core.run.RunTrigger;
import dev.rocky.core.run.SessionSource;
import dev.rocky.fn.support.FunctionJson;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The input of a run workflow's execution (its schema: {@code schema/run-execution-input.schema.json}
 * in this module's resources): the run's id, the deployed project snapshot, and what the request asked
 * for. The workflow compiles {@code snapshot_key} (the compile function's request), executes the
 * selected models under {@code run_id}, and records the run with the audit fields given here.
 *
 * @param triggeringIdentity the IAM principal that asked for the run
 */
public record ExecutionInput(
    @JsonProperty("run_id") String runId,
    @JsonProperty("snapshot_key") String snapshotKey,
    @JsonProperty("config") @Nullable String config,
    @JsonProperty("pipeline") @Nullable String pipeline,
    @JsonProperty("selection") List<String> selection,
    @JsonProperty("branch") @Nullable String branch,
    @JsonProperty("vars") Map<String, String> vars,
    @JsonProperty("idempotency_key") @Nullable String idempotencyKey,
    @JsonProperty("trigger") RunTrigger trigger,
    @JsonProperty("session_source") SessionSource sessionSource,
    @JsonProperty("triggering_identity") @Nullable String triggeringIdentity) {

  public ExecutionInput {
    selection = selection == null ? List.of() : List.copyOf(selection);
    vars = vars == null ? Map.of() : Map.copyOf(vars);
  }

  static ExecutionInput of(String runId, String snapshotKey, @Nullable String config, StartRunRequest request,
      @Nullable String caller) {
    return new ExecutionInput(runId, snapshotKey, config, request.pipeline(), request.selection(), request.branch(),
        request.vars(), request.idempotencyKey(), request.trigger(), request.sessionSource(), caller);
  }

  String json() {
    return new String(FunctionJson.bytes(this), java.nio.charset.StandardCharsets.UTF_8);
  }

  /** What the run was asked for, read back from an execution's input; empty when it is not one of ours. */
  static Optional<StartRunRequest> asked(@Nullable String input) {
    if (input == null || input.isBlank()) {
      return Optional.empty();
    }
    try {
      ExecutionInput in = FunctionJson.read(input.getBytes(java.nio.charset.StandardCharsets.UTF_8), ExecutionInput.class);
      return Optional.of(new StartRunRequest(in.pipeline(), in.selection(), in.branch(), in.vars(), in.idempotencyKey(),
          in.trigger(), in.sessionSource()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
