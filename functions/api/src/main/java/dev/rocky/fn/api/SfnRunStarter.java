package dev.rocky.fn.api;

import dev.rocky.app.api.ApiErrorCode;
import dev.rocky.app.api.ApiException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.ExecutionListItem;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

/**
 * Runs as executions of the run workflow's state machine, through the AWS SDK: an execution is named
 * by its run id, so its ARN is the state machine's with {@code :execution:<run-id>}.
 */
public final class SfnRunStarter implements RunStarter {
  private final SfnClient sfn;
  private final String stateMachineArn;

  /** @param stateMachineArn {@code arn:aws:states:<region>:<account>:stateMachine:<name>} */
  public SfnRunStarter(SfnClient sfn, String stateMachineArn) {
    this.sfn = Objects.requireNonNull(sfn, "sfn");
    if (!stateMachineArn.contains(":stateMachine:")) {
      throw new IllegalArgumentException("not a state machine ARN: " + stateMachineArn);
    }
    this.stateMachineArn = stateMachineArn;
  }

  @Override
  public void start(String runId, String input) {
    call("starting run " + runId, () -> sfn.startExecution(b -> b.stateMachineArn(stateMachineArn).name(runId).input(input)));
  }

  @Override
  public Optional<Execution> describe(String runId) {
    String arn = stateMachineArn.replace(":stateMachine:", ":execution:") + ":" + runId;
    try {
      DescribeExecutionResponse d = call("reading run " + runId, () -> sfn.describeExecution(b -> b.executionArn(arn)));
      return Optional.of(new Execution(runId, Status.of(d.statusAsString()), d.startDate(), d.stopDate(), d.input(),
          d.error(), d.cause()));
    } catch (ExecutionDoesNotExistException e) {
      return Optional.empty();
    }
  }

  @Override
  public List<Execution> running(int limit) {
    List<ExecutionListItem> items = call("listing the runs in progress", () -> sfn.listExecutions(
        b -> b.stateMachineArn(stateMachineArn).statusFilter(ExecutionStatus.RUNNING).maxResults(Math.min(limit, 1000))))
        .executions();
    return items.stream()
        .map(i -> new Execution(i.name(), Status.of(i.statusAsString()), i.startDate(), i.stopDate(), null, null, null))
        .toList();
  }

  @Override
  public void prime() {
    call("describing the state machine", () -> sfn.describeStateMachine(b -> b.stateMachineArn(stateMachineArn)));
  }

  /** One call; a refusal or failure of the service (other than a missing execution) is {@code unavailable}. */
  private static <T> T call(String what, Supplier<T> call) {
    try {
      return call.get();
    } catch (ExecutionDoesNotExistException e) {
      throw e;
    } catch (SdkException e) {
      throw new ApiException(ApiErrorCode.UNAVAILABLE, "Step Functions failed " + what + ": " + e.getMessage(),
          "try again; if it keeps failing, check the function's permissions (states:StartExecution, "
              + "DescribeExecution, ListExecutions) and ROCKY_STATE_MACHINE_ARN");
    }
  }
}
