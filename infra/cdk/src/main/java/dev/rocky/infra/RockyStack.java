package dev.rocky.infra;

import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Annotations;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.iam.ManagedPolicy;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.constructs.Construct;

/** Rocky on AWS: every part, wired together. */
public final class RockyStack extends Stack {
  private final DataStores data;
  private final RockyFunctions functions;
  private final Workflows workflows;
  private final RunsApi api;
  private final CatalogSite site;
  private final ManagedPolicy ci;

  public RockyStack(Construct scope, String id, StackProps props, StackInputs in) {
    super(scope, id, props);
    data = new DataStores(this, "Data");
    // The cost function prices each model's execute invocation by that function's memory and architecture.
    Map<String, Map<String, String>> environment = Map.of("cost", Map.of(
        "ROCKY_EXECUTE_MEMORY_MB", String.valueOf(FunctionSpec.named("execute").memoryMb()),
        "ROCKY_LAMBDA_ARCHITECTURE", RockyFunctions.ARCHITECTURE.getName()));
    functions = new RockyFunctions(this, "Functions", FunctionSpec.all(), in.code(), data, in.namespace(), environment,
        in.logRetention());
    for (FunctionSpec spec : FunctionSpec.all()) {
      if (in.missingHandlers().contains(spec.handler())) {
        Annotations.of(functions.functions().get(spec.name())).addWarningV2("rocky:handler-missing",
            "the Lambda bundle has no " + spec.handler() + ": the " + spec.name()
                + " function would fail on every invocation; build its module before deploying");
      }
    }
    workflows = new Workflows(this, "Workflows", in.statemachines(), functions, in.logRetention());
    api = new RunsApi(this, "Runs", functions, workflows.run(), in.snapshotKey(), in.config());
    new Schedules(this, "Schedules", in.schedules(), workflows.run(), in.snapshotKey(), in.config());
    site = new CatalogSite(this, "Catalog", data.catalog());
    Alarms alarms = new Alarms(this, "Alarms", workflows);

    ci = ManagedPolicy.Builder.create(this, "CiCompileCallers")
        .description("CI on a pull request: upload a project snapshot, invoke the compile function, read its report")
        .statements(List.of(
            PolicyStatement.Builder.create().sid("UploadSnapshot").actions(List.of("s3:PutObject"))
                .resources(List.of(data.artifacts().arnForObjects(FunctionSpec.SNAPSHOTS + "ci/*"))).build(),
            PolicyStatement.Builder.create().sid("ReadReports").actions(List.of("s3:GetObject"))
                .resources(List.of(data.artifacts().arnForObjects(FunctionSpec.ARTIFACTS + "*"))).build(),
            PolicyStatement.Builder.create().sid("Compile").actions(List.of("lambda:InvokeFunction"))
                .resources(List.of(functions.alias("compile").getFunctionArn())).build()))
        .build();

    output("StateTable", data.state().getTableName());
    output("ArtifactBucket", data.artifacts().getBucketName());
    output("CatalogBucket", data.catalog().getBucketName());
    output("CatalogUrl", "https://" + site.distribution().getDistributionDomainName() + "/");
    output("RunsApiUrl", api.api().getUrl());
    output("RunsApiCallersPolicy", api.callers().getManagedPolicyArn());
    output("CiCompileCallersPolicy", ci.getManagedPolicyArn());
    output("CompileFunction", functions.alias("compile").getFunctionArn());
    output("RunStateMachine", workflows.run().getStateMachineArn());
    output("BranchPromoteStateMachine", workflows.branchPromote().getStateMachineArn());
    output("ReplayStateMachine", workflows.replay().getStateMachineArn());
    output("WarehouseSecret", data.warehouse().getSecretArn());
    output("AlarmTopic", alarms.topic().getTopicArn());
  }

  private void output(String id, String value) {
    CfnOutput.Builder.create(this, id).value(value).build();
  }

  public DataStores data() {
    return data;
  }

  public RockyFunctions functions() {
    return functions;
  }

  public Workflows workflows() {
    return workflows;
  }

  public RunsApi runsApi() {
    return api;
  }

  public CatalogSite catalogSite() {
    return site;
  }

  /** The policy CI attaches to call the compile function on a pull request. */
  public ManagedPolicy ciPolicy() {
    return ci;
  }
}
