package dev.rocky.infra;

import java.util.List;
import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.ArnFormat;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.apigateway.AuthorizationType;
import software.amazon.awscdk.services.apigateway.EndpointType;
import software.amazon.awscdk.services.apigateway.LambdaRestApi;
import software.amazon.awscdk.services.apigateway.MethodLoggingLevel;
import software.amazon.awscdk.services.apigateway.MethodOptions;
import software.amazon.awscdk.services.apigateway.StageOptions;
import software.amazon.awscdk.services.iam.ManagedPolicy;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.stepfunctions.StateMachine;
import software.constructs.Construct;

/**
 * The runs API (docs/api/openapi.yaml): an API Gateway REST API whose every route proxies to the
 * API function's {@code live} alias and requires IAM authorisation (SigV4-signed requests). Callers
 * (Dagster, people) attach the managed policy {@link #callers()}. The function may start, describe
 * and list executions of the run workflow, nothing else in Step Functions.
 */
public final class RunsApi extends Construct {
  private final LambdaRestApi api;
  private final ManagedPolicy callers;

  public RunsApi(Construct scope, String id, RockyFunctions functions, StateMachine run, String snapshotKey,
      String config) {
    super(scope, id);
    Stack stack = Stack.of(this);
    functions.addEnvironment("api", "ROCKY_STATE_MACHINE_ARN", run.getStateMachineArn());
    functions.addEnvironment("api", "ROCKY_PROJECT_SNAPSHOT_KEY", snapshotKey);
    functions.addEnvironment("api", "ROCKY_PROJECT_CONFIG", config);
    functions.grant("api", PolicyStatement.Builder.create().sid("RunWorkflow")
        .actions(List.of("states:StartExecution", "states:DescribeStateMachine", "states:ListExecutions"))
        .resources(List.of(run.getStateMachineArn())).build());
    functions.grant("api", PolicyStatement.Builder.create().sid("RunExecutions")
        .actions(List.of("states:DescribeExecution"))
        .resources(List.of(stack.formatArn(ArnComponents.builder().service("states").resource("execution")
            .resourceName(run.getStateMachineName() + ":*").arnFormat(ArnFormat.COLON_RESOURCE_NAME).build())))
        .build());

    api = LambdaRestApi.Builder.create(this, "Api")
        .restApiName(stack.getStackName() + "-runs")
        .description("Rocky runs API: IAM-authorised, proxied to the api function's live alias")
        .handler(functions.alias("api"))
        .proxy(true)
        .cloudWatchRole(false)
        .endpointTypes(List.of(EndpointType.REGIONAL))
        .defaultMethodOptions(MethodOptions.builder().authorizationType(AuthorizationType.IAM).build())
        .deployOptions(StageOptions.builder().stageName("v1")
            .loggingLevel(MethodLoggingLevel.OFF)
            .throttlingBurstLimit(20).throttlingRateLimit(10).build())
        .build();
    callers = ManagedPolicy.Builder.create(this, "Callers")
        .description("May call Rocky's runs API (attach to Dagster's role, or a person's)")
        .statements(List.of(PolicyStatement.Builder.create().sid("InvokeRunsApi")
            .actions(List.of("execute-api:Invoke"))
            .resources(List.of(api.arnForExecuteApi("*", "/*", "v1")))
            .build()))
        .build();
  }

  public LambdaRestApi api() {
    return api;
  }

  /** The policy that lets a principal call the API. */
  public ManagedPolicy callers() {
    return callers;
  }
}
