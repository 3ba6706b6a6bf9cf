package dev.rocky.fn.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rocky.app.api.ApiErrorCode;
import dev.rocky.app.api.ApiException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionRequest;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.DescribeStateMachineRequest;
import software.amazon.awssdk.services.sfn.model.DescribeStateMachineResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.ExecutionListItem;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.ListExecutionsRequest;
import software.amazon.awssdk.services.sfn.model.ListExecutionsResponse;
import software.amazon.awssdk.services.sfn.model.SfnException;
import software.amazon.awssdk.services.sfn.model.StartExecutionRequest;
import software.amazon.awssdk.services.sfn.model.StartExecutionResponse;

/** The SDK starter against a hand-written SfnClient: the names and ARNs it uses, and how failures surface. */
class SfnRunStarterTest {
  private static final String MACHINE = "arn:aws:states:eu-west-1:123456789012:stateMachine:rocky-run";
  private static final String RUN = "run-20260301-000000-000";

  /** Records requests; answers what the test set. */
  private static final class FakeSfn implements SfnClient {
    final List<Object> requests = new ArrayList<>();
    boolean throttled;

    @Override
    public StartExecutionResponse startExecution(StartExecutionRequest request) {
      requests.add(request);
      if (throttled) {
        throw (SfnException) SfnException.builder().message("Rate exceeded").statusCode(400).build();
      }
      return StartExecutionResponse.builder().executionArn(MACHINE.replace(":stateMachine:", ":execution:") + ":" + request.name())
          .startDate(Instant.parse("2026-03-01T00:00:00Z")).build();
    }

    @Override
    public DescribeExecutionResponse describeExecution(DescribeExecutionRequest request) {
      requests.add(request);
      if (!request.executionArn().endsWith(RUN)) {
        throw ExecutionDoesNotExistException.builder().message("no such execution").build();
      }
      return DescribeExecutionResponse.builder().executionArn(request.executionArn()).name(RUN)
          .status(ExecutionStatus.FAILED).startDate(Instant.parse("2026-03-01T00:00:00Z"))
          .stopDate(Instant.parse("2026-03-01T00:01:00Z")).input("{\"run_id\":\"" + RUN + "\"}")
          .error("States.Timeout").cause("the execute task timed out").build();
    }

    @Override
    public ListExecutionsResponse listExecutions(ListExecutionsRequest request) {
      requests.add(request);
      return ListExecutionsResponse.builder().executions(ExecutionListItem.builder().name(RUN)
          .status(ExecutionStatus.RUNNING).startDate(Instant.parse("2026-03-01T00:00:00Z")).build()).build();
    }

    @Override
    public DescribeStateMachineResponse describeStateMachine(DescribeStateMachineRequest request) {
      requests.add(request);
      return DescribeStateMachineResponse.builder().stateMachineArn(request.stateMachineArn()).build();
    }

    @Override
    public String serviceName() {
      return "states";
    }

    @Override
    public void close() {}
  }

  private final FakeSfn sfn = new FakeSfn();
  private final SfnRunStarter starter = new SfnRunStarter(sfn, MACHINE);

  @Test
  void namesTheExecutionByTheRunAndFindsItByItsArn() {
    starter.start(RUN, "{\"run_id\":\"" + RUN + "\"}");
    StartExecutionRequest start = (StartExecutionRequest) sfn.requests.getFirst();
    assertThat(start.stateMachineArn()).isEqualTo(MACHINE);
    assertThat(start.name()).isEqualTo(RUN);
    assertThat(start.input()).contains(RUN);

    RunStarter.Execution e = starter.describe(RUN).orElseThrow();
    assertThat(((DescribeExecutionRequest) sfn.requests.get(1)).executionArn())
        .isEqualTo("arn:aws:states:eu-west-1:123456789012:execution:rocky-run:" + RUN);
    assertThat(e.status()).isEqualTo(RunStarter.Status.FAILED);
    assertThat(e.error()).isEqualTo("States.Timeout");
    assertThat(e.stoppedAt()).isEqualTo(Instant.parse("2026-03-01T00:01:00Z"));
    assertThat(starter.describe("run-20260301-000000-001")).isEmpty();

    assertThat(starter.running(5)).extracting(RunStarter.Execution::runId).containsExactly(RUN);
    ListExecutionsRequest list = (ListExecutionsRequest) sfn.requests.getLast();
    assertThat(list.statusFilter()).isEqualTo(ExecutionStatus.RUNNING);
    assertThat(list.maxResults()).isEqualTo(5);
    starter.prime();
    assertThat(sfn.requests.getLast()).isInstanceOf(DescribeStateMachineRequest.class);
  }

  @Test
  void aServiceFailureIsUnavailableWithAHint() {
    sfn.throttled = true;
    assertThatThrownBy(() -> starter.start(RUN, "{}"))
        .isInstanceOfSatisfying(ApiException.class, e -> {
          assertThat(e.apiCode()).isEqualTo(ApiErrorCode.UNAVAILABLE);
          assertThat(e.hint()).contains("states:StartExecution");
        })
        .hasMessageContaining("Rate exceeded");
    assertThatThrownBy(() -> new SfnRunStarter(sfn, "arn:aws:lambda:x")).isInstanceOf(IllegalArgumentException.class);
    assertThat(RunStarter.Status.of("SOMETHING_NEW")).isEqualTo(RunStarter.Status.FAILED);
  }
}
