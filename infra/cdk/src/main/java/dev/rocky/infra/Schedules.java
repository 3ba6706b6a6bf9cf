package dev.rocky.infra;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.iam.ServicePrincipalOpts;
import software.amazon.awscdk.services.scheduler.CfnSchedule;
import software.amazon.awscdk.services.stepfunctions.StateMachine;
import software.constructs.Construct;

/**
 * One EventBridge Scheduler schedule per scheduled pipeline of the deployed project, each starting
 * the run workflow with {@code trigger: Schedule}. Scheduler's role may start that workflow and
 * nothing else, and only for schedules of this account.
 */
public final class Schedules extends Construct {
  private static final ObjectMapper JSON = new ObjectMapper();

  public Schedules(Construct scope, String id, List<ScheduledPipeline> pipelines, StateMachine run, String snapshotKey,
      String config) {
    super(scope, id);
    if (pipelines.isEmpty()) {
      return;
    }
    Role role = Role.Builder.create(this, "Role")
        .assumedBy(new ServicePrincipal("scheduler.amazonaws.com", ServicePrincipalOpts
            .builder().conditions(Map.of("StringEquals", Map.of("aws:SourceAccount", Stack.of(this).getAccount())))
            .build()))
        .description("EventBridge Scheduler: starts Rocky's run workflow")
        .build();
    role.addToPrincipalPolicy(PolicyStatement.Builder.create().sid("StartRun")
        .actions(List.of("states:StartExecution")).resources(List.of(run.getStateMachineArn())).build());
    for (ScheduledPipeline p : pipelines) {
      CfnSchedule.Builder.create(this, "Pipeline-" + p.pipeline())
          .description("rocky.toml [pipeline." + p.pipeline() + ".schedule]")
          .scheduleExpression(p.expression())
          .scheduleExpressionTimezone(p.timezone())
          .state(p.enabled() ? "ENABLED" : "DISABLED")
          .flexibleTimeWindow(CfnSchedule.FlexibleTimeWindowProperty.builder().mode("OFF").build())
          .target(CfnSchedule.TargetProperty.builder()
              .arn(run.getStateMachineArn())
              .roleArn(role.getRoleArn())
              .input(input(p, snapshotKey, config))
              .retryPolicy(CfnSchedule.RetryPolicyProperty.builder().maximumRetryAttempts(3)
                  .maximumEventAgeInSeconds(3600).build())
              .build())
          .build();
    }
  }

  /** The run workflow's input (statemachines/README.md, "run"). */
  static String input(ScheduledPipeline p, String snapshotKey, String config) {
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("snapshot_key", snapshotKey);
    input.put("config", config);
    input.put("trigger", "Schedule");
    input.put("triggering_identity", "schedule:" + p.pipeline());
    try {
      return JSON.writeValueAsString(input);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
