package dev.rocky.sfn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * How one state machine execution ended in the harness, and what it measured.
 *
 * @param status {@code SUCCEEDED} or {@code FAILED}
 * @param output the execution's output, when it succeeded
 * @param error the error name, when it failed (a Fail state's {@code Error}, or the uncaught error)
 * @param cause its cause
 * @param stats {@code maxStateBytes}, {@code maxTaskPayloadBytes}, {@code maxTaskResultBytes},
 *     {@code calls} per function, {@code retries} per state, {@code maps} (items, iteration output
 *     bytes) and {@code executions} (each execution's events and Step Functions history estimate)
 * @param detached how the executions it started without waiting ended ({@code startExecution}), in order
 * @param log the harness's standard error
 */
record Execution(String status, JsonNode output, String error, String cause, JsonNode stats, JsonNode detached,
    String log) {

  static Execution of(JsonNode result, String log) {
    return new Execution(result.path("status").asText(), result.has("output") ? result.get("output") : MissingNode.getInstance(),
        result.path("error").asText(""), result.path("cause").asText(""), result.path("stats"), result.path("detached"), log);
  }

  boolean succeeded() {
    return status.equals("SUCCEEDED");
  }

  /** How many times the bridge function {@code name} was called. */
  int calls(String name) {
    return stats.path("calls").path(name).asInt(0);
  }

  /** How many times the state {@code name} was retried. */
  int retries(String name) {
    return stats.path("retries").path(name).asInt(0);
  }

  @Override
  public String toString() {
    return status + " " + error + " " + cause + " " + output + "\n" + detached + "\n" + stats + "\n" + log;
  }
}
