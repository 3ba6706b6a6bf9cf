package dev.rocky.infra;

import static dev.rocky.infra.Stacks.list;
import static dev.rocky.infra.Stacks.resources;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** The synthesized template: what the issue asks of each part, read from the CloudFormation itself. */
class RockyStackTest {
  private static RockyStack stack;
  private static Template template;
  private static JsonNode json;
  private static TemplateQueries q;

  @BeforeAll
  static void synth() {
    stack = Stacks.stack(Set.of(), Stacks.STATEMACHINES);
    template = Template.fromStack(stack);
    json = Stacks.json(template);
    q = new TemplateQueries(json);
  }

  @Test
  void everyFunctionIsJava21WithSnapStartOnPublishedVersions() {
    Map<String, JsonNode> functions = resources(json, "AWS::Lambda::Function");
    assertThat(functions.values().stream().map(f -> f.at("/Properties/Handler").asText()).toList())
        .containsExactlyInAnyOrderElementsOf(FunctionSpec.all().stream().map(FunctionSpec::handler).toList());
    for (JsonNode fn : functions.values()) {
      assertThat(fn.at("/Properties/Runtime").asText()).isEqualTo("java21");
      assertThat(fn.at("/Properties/SnapStart/ApplyOn").asText()).isEqualTo("PublishedVersions");
      assertThat(fn.at("/Properties/LoggingConfig/LogGroup").isMissingNode()).isFalse();
    }
    for (FunctionSpec spec : FunctionSpec.all()) {
      template.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
          "Handler", spec.handler(), "MemorySize", spec.memoryMb(), "Timeout", spec.timeoutSeconds())));
    }
  }

  @Test
  void everythingInvokesTheLiveAliasOfAPublishedVersion() {
    Map<String, JsonNode> aliases = resources(json, "AWS::Lambda::Alias");
    Map<String, JsonNode> versions = resources(json, "AWS::Lambda::Version");
    assertThat(aliases).hasSize(FunctionSpec.all().size());
    assertThat(versions).hasSize(FunctionSpec.all().size());
    for (JsonNode alias : aliases.values()) {
      assertThat(alias.at("/Properties/Name").asText()).isEqualTo(RockyFunctions.ALIAS);
      String version = alias.at("/Properties/FunctionVersion/Fn::GetAtt/0").asText();
      assertThat(versions).containsKey(version);
    }
    // The workflows name aliases, never bare functions.
    for (JsonNode machine : resources(json, "AWS::StepFunctions::StateMachine").values()) {
      machine.at("/Properties/DefinitionSubstitutions").fields().forEachRemaining(e -> {
        if (e.getKey().endsWith("FunctionArn")) {
          assertThat(aliases).as(e.getKey()).containsKey(e.getValue().path("Ref").asText());
        }
      });
    }
    // So does the API: its integration URI is the alias.
    assertThat(resources(json, "AWS::ApiGateway::Method").values().stream()
        .map(m -> m.at("/Properties/Integration/Uri").toString()))
        .allSatisfy(uri -> assertThat(aliases.keySet().stream().anyMatch(uri::contains)).as(uri).isTrue());
  }

  @Test
  void noSnapStartWarningIsLeftUnacknowledged() {
    Annotations.fromStack(stack).hasNoWarning("*", Match.stringLikeRegexp(".*SnapStart.*"));
    Annotations.fromStack(stack).hasNoError("*", Match.anyValue());
  }

  @Test
  void theStateTableIsOnDemandWithRecoveryEncryptionAndTtl() {
    template.resourceCountIs("AWS::DynamoDB::Table", 1);
    template.hasResourceProperties("AWS::DynamoDB::Table", Map.of(
        "BillingMode", "PAY_PER_REQUEST",
        "PointInTimeRecoverySpecification", Map.of("PointInTimeRecoveryEnabled", true),
        "SSESpecification", Map.of("SSEEnabled", true),
        "TimeToLiveSpecification", Map.of("AttributeName", "ttl", "Enabled", true),
        "KeySchema", List.of(Map.of("AttributeName", "pk", "KeyType", "HASH"), Map.of("AttributeName", "sk", "KeyType", "RANGE")),
        "GlobalSecondaryIndexes", List.of(Match.objectLike(Map.of("IndexName", DataStores.RUNS_INDEX,
            "KeySchema", List.of(Map.of("AttributeName", "gpk", "KeyType", "HASH"),
                Map.of("AttributeName", "gsk", "KeyType", "RANGE")))))));
    template.hasResource("AWS::DynamoDB::Table", Map.of("DeletionPolicy", "Retain"));
  }

  @Test
  void noBucketIsPublicAndEveryOneIsVersionedEncryptedAndTlsOnly() {
    Map<String, JsonNode> buckets = resources(json, "AWS::S3::Bucket");
    assertThat(buckets).hasSize(2);
    for (JsonNode bucket : buckets.values()) {
      JsonNode p = bucket.path("Properties");
      assertThat(p.at("/VersioningConfiguration/Status").asText()).isEqualTo("Enabled");
      assertThat(p.at("/BucketEncryption/ServerSideEncryptionConfiguration/0/ServerSideEncryptionByDefault/SSEAlgorithm")
          .asText()).isEqualTo("AES256");
      JsonNode block = p.path("PublicAccessBlockConfiguration");
      for (String flag : List.of("BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets")) {
        assertThat(block.path(flag).asBoolean()).as(flag).isTrue();
      }
      assertThat(p.has("WebsiteConfiguration")).isFalse();
    }
    Map<String, JsonNode> policies = resources(json, "AWS::S3::BucketPolicy");
    assertThat(policies.values().stream().map(b -> b.at("/Properties/Bucket/Ref").asText()).collect(Collectors.toSet()))
        .isEqualTo(buckets.keySet());
    for (JsonNode policy : policies.values()) {
      List<JsonNode> statements = list(policy.at("/Properties/PolicyDocument/Statement"));
      assertThat(statements).anySatisfy(s -> {
        assertThat(s.path("Effect").asText()).isEqualTo("Deny");
        assertThat(s.at("/Condition/Bool/aws:SecureTransport").asText()).isEqualTo("false");
      });
      for (JsonNode s : statements) {
        if (s.path("Effect").asText().equals("Allow")) {
          // Only CloudFront, and only this distribution, may read: never an anonymous principal.
          assertThat(s.path("Principal").toString()).doesNotContain("\"*\"").contains("cloudfront.amazonaws.com");
          assertThat(s.at("/Condition/StringEquals/AWS:SourceArn").isMissingNode()).isFalse();
        }
      }
    }
  }

  @Test
  void theCatalogSiteIsServedThroughAnOriginAccessControl() {
    template.resourceCountIs("AWS::CloudFront::OriginAccessControl", 1);
    JsonNode distribution = resources(json, "AWS::CloudFront::Distribution").values().iterator().next();
    JsonNode config = distribution.at("/Properties/DistributionConfig");
    assertThat(config.at("/DefaultCacheBehavior/ViewerProtocolPolicy").asText()).isEqualTo("redirect-to-https");
    assertThat(config.at("/Origins/0/OriginAccessControlId/Fn::GetAtt/0").asText())
        .isIn(resources(json, "AWS::CloudFront::OriginAccessControl").keySet());
    assertThat(config.at("/DefaultRootObject").asText()).isEqualTo("index.html");
  }

  @Test
  void noPolicyHasAWildcardActionOrAWildcardResourceOnData() {
    List<JsonNode> statements = new ArrayList<>();
    for (String type : List.of("AWS::IAM::Policy", "AWS::IAM::ManagedPolicy")) {
      resources(json, type).values().forEach(p -> statements.addAll(list(p.at("/Properties/PolicyDocument/Statement"))));
    }
    assertThat(statements).hasSizeGreaterThan(20);
    Set<String> dataServices = Set.of("dynamodb", "s3", "secretsmanager", "lambda", "states", "execute-api");
    for (JsonNode s : statements) {
      List<String> actions = list(s.path("Action")).stream().map(JsonNode::asText).toList();
      assertThat(actions).as(s.toString()).noneMatch(a -> a.contains("*"));
      boolean onData = actions.stream().anyMatch(a -> dataServices.contains(a.substring(0, a.indexOf(':'))));
      if (onData) {
        assertThat(list(s.path("Resource")).stream().map(JsonNode::asText)).as(s.toString()).doesNotContain("*");
      }
    }
  }

  @Test
  void eachFunctionsPolicyIsLimitedToItsOwnResources() {
    String table = q.only(resources(json, "AWS::DynamoDB::Table").keySet());
    String artifacts = q.logicalId("AWS::S3::Bucket", "DataArtifacts");
    String catalog = q.logicalId("AWS::S3::Bucket", "DataCatalogSite");
    String secret = q.only(resources(json, "AWS::SecretsManager::Secret").keySet());
    String runMachine = q.logicalId("AWS::StepFunctions::StateMachine", "WorkflowsRun");
    for (FunctionSpec spec : FunctionSpec.all()) {
      List<JsonNode> statements = q.statementsOfFunction(spec.handler());
      String all = statements.toString();
      TreeSet<String> tableActions = q.actions(statements, "dynamodb:");
      assertThat(tableActions).as(spec.name()).isEqualTo(new TreeSet<>(spec.access().tableActions()));
      assertThat(q.resourcesOf(statements, "s3:GetObject")).as(spec.name())
          .isEqualTo(q.prefixes(artifacts, spec.access().readPrefixes()));
      Set<String> puts = new TreeSet<>(q.prefixes(artifacts, spec.access().writePrefixes()));
      puts.addAll(q.prefixes(catalog, spec.access().catalogPrefixes()));
      assertThat(q.resourcesOf(statements, "s3:PutObject")).as(spec.name()).isEqualTo(puts);
      assertThat(all).as(spec.name()).contains(table);
      if (spec.access().catalogPrefixes().isEmpty()) {
        assertThat(all).as(spec.name()).doesNotContain(catalog);
      }
      assertThat(all.contains(secret)).as(spec.name() + " reads the warehouse secret")
          .isEqualTo(spec.access().warehouseSecret());
      assertThat(q.actions(statements, "lambda:")).as(spec.name()).isEmpty();
      // Its own log group only: no other function's.
      String logGroup = q.logicalId("AWS::Logs::LogGroup", "Functions" + q.capitalised(spec.name()) + "Logs");
      assertThat(resources(json, "AWS::Logs::LogGroup").keySet().stream().filter(all::contains).toList())
          .as(spec.name()).containsExactly(logGroup);
      if (spec.name().equals("api")) {
        assertThat(q.actions(statements, "states:")).containsExactly("states:DescribeExecution",
            "states:DescribeStateMachine", "states:ListExecutions", "states:StartExecution");
        assertThat(all).contains(runMachine);
      } else {
        assertThat(q.actions(statements, "states:")).as(spec.name()).isEmpty();
      }
    }
  }

  @Test
  void eachWorkflowMayInvokeExactlyTheAliasesItsDefinitionNames() {
    for (JsonNode machine : resources(json, "AWS::StepFunctions::StateMachine").values()) {
      String role = machine.at("/Properties/RoleArn/Fn::GetAtt/0").asText();
      List<JsonNode> statements = q.statementsOfRole(role);
      Set<String> named = new TreeSet<>();
      machine.at("/Properties/DefinitionSubstitutions").fields().forEachRemaining(e -> {
        if (e.getKey().endsWith("FunctionArn") && e.getValue().has("Ref")) {
          named.add(e.getValue().path("Ref").asText());
        }
      });
      Set<String> invoked = new TreeSet<>();
      for (JsonNode s : statements) {
        if (list(s.path("Action")).stream().anyMatch(a -> a.asText().equals("lambda:InvokeFunction"))) {
          for (JsonNode r : list(s.path("Resource"))) {
            resources(json, "AWS::Lambda::Alias").keySet().stream().filter(r.toString()::contains).forEach(invoked::add);
          }
        }
      }
      assertThat(invoked).isEqualTo(named);
    }
  }

  @Test
  void everySubstitutionOfTheDeployedDefinitionsIsFilled() {
    Map<String, JsonNode> machines = resources(json, "AWS::StepFunctions::StateMachine");
    assertThat(machines).hasSize(4);
    for (JsonNode machine : machines.values()) {
      String definition = machine.at("/Properties/DefinitionString").asText();
      assertThat(definition).contains("arn:aws:states:::lambda:invoke");
      Set<String> filled = new TreeSet<>();
      machine.at("/Properties/DefinitionSubstitutions").fieldNames().forEachRemaining(filled::add);
      assertThat(Workflows.substitutions(definition)).isNotEmpty().isEqualTo(filled);
    }
  }

  @Test
  void theRunsApiRequiresIamOnEveryRoute() {
    Map<String, JsonNode> methods = resources(json, "AWS::ApiGateway::Method");
    assertThat(methods).isNotEmpty();
    assertThat(methods.values()).allSatisfy(m -> assertThat(m.at("/Properties/AuthorizationType").asText()).isEqualTo("AWS_IAM"));
    JsonNode callers = resources(json, "AWS::IAM::ManagedPolicy").values().stream()
        .filter(p -> p.at("/Properties/Description").asText().contains("runs API")).findFirst().orElseThrow();
    assertThat(list(callers.at("/Properties/PolicyDocument/Statement/0/Action")).stream().map(JsonNode::asText))
        .containsExactly("execute-api:Invoke");
  }

  @Test
  void eachScheduledPipelineGetsAScheduleStartingTheRunWorkflow() {
    Map<String, JsonNode> schedules = resources(json, "AWS::Scheduler::Schedule");
    assertThat(schedules).hasSize(2);
    String run = q.logicalId("AWS::StepFunctions::StateMachine", "WorkflowsRun");
    template.hasResourceProperties("AWS::Scheduler::Schedule", Match.objectLike(Map.of(
        "ScheduleExpression", "cron(30 5 ? * 2-6 *)", "ScheduleExpressionTimezone", "Europe/Berlin", "State", "ENABLED",
        "Target", Match.objectLike(Map.of("Arn", Map.of("Ref", run),
            "Input", Match.serializedJson(Match.objectLike(Map.of("trigger", "Schedule", "triggering_identity", "schedule:shop",
                "snapshot_key", "snapshots/main.zip"))))))));
    template.hasResourceProperties("AWS::Scheduler::Schedule", Match.objectLike(Map.of(
        "ScheduleExpression", "cron(0 2 1 * ? *)", "ScheduleExpressionTimezone", "UTC", "State", "DISABLED")));
    String role = q.only(schedules.values().stream().map(s -> s.at("/Properties/Target/RoleArn/Fn::GetAtt/0").asText())
        .collect(Collectors.toSet()));
    List<JsonNode> statements = q.statementsOfRole(role);
    assertThat(q.actions(statements, "")).containsExactly("states:StartExecution");
    assertThat(statements.toString()).contains(run);
  }

  @Test
  void logsAreKeptAMonthAndFailedRunsRaiseAlarms() {
    Map<String, JsonNode> groups = resources(json, "AWS::Logs::LogGroup");
    assertThat(groups).hasSize(FunctionSpec.all().size() + 4);
    assertThat(groups.values()).allSatisfy(g -> assertThat(g.at("/Properties/RetentionInDays").asInt()).isEqualTo(30));
    Map<String, JsonNode> alarms = resources(json, "AWS::CloudWatch::Alarm");
    assertThat(alarms.values().stream().map(a -> a.at("/Properties/MetricName").asText()).sorted().toList())
        .containsExactly("ExecutionsAborted", "ExecutionsFailed", "ExecutionsFailed", "ExecutionsTimedOut");
    assertThat(alarms.values()).allSatisfy(a -> {
      assertThat(a.at("/Properties/Namespace").asText()).isEqualTo("AWS/States");
      assertThat(a.at("/Properties/AlarmActions")).isNotEmpty();
    });
  }

  @Test
  void eachFunctionIsGrantedWhatItsCodeCalls() {
    // Read from the handlers' wiring: cost rewrites the run record it reads (a batch read of the
    // executions' positions, then puts and the counter's update in one transaction); govern reads
    // run records and the latest runs, and publishes the catalog site; none of the two opens the warehouse.
    assertThat(tableGrant("cost")).containsExactly("dynamodb:BatchGetItem", "dynamodb:GetItem", "dynamodb:PutItem",
        "dynamodb:Query", "dynamodb:UpdateItem");
    assertThat(tableGrant("govern")).containsExactly("dynamodb:GetItem", "dynamodb:Query", "index");
    assertThat(tableGrant("branch")).containsExactly("dynamodb:BatchGetItem", "dynamodb:DeleteItem", "dynamodb:GetItem",
        "dynamodb:PutItem", "dynamodb:Query", "dynamodb:UpdateItem", "index");
    assertThat(tableGrant("replay")).containsExactly("dynamodb:GetItem", "dynamodb:Query", "index");
    // No store transaction holds a ConditionCheck, so nobody needs ConditionCheckItem.
    assertThat(FunctionSpec.all()).allSatisfy(f -> assertThat(tableGrant(f.name())).doesNotContain("dynamodb:ConditionCheckItem"));

    String artifacts = q.logicalId("AWS::S3::Bucket", "DataArtifacts");
    String catalog = q.logicalId("AWS::S3::Bucket", "DataCatalogSite");
    for (String fn : List.of("cost", "govern")) {
      List<JsonNode> statements = q.statementsOfFunction(FunctionSpec.named(fn).handler());
      assertThat(q.resourcesOf(statements, "s3:GetObject")).as(fn)
          .containsExactly(artifacts + "/artifacts/*", artifacts + "/snapshots/*");
      assertThat(q.actions(statements, "secretsmanager:")).as(fn).isEmpty();
    }
    assertThat(q.resourcesOf(q.statementsOfFunction(FunctionSpec.named("cost").handler()), "s3:PutObject"))
        .containsExactly(artifacts + "/artifacts/*");
    assertThat(q.resourcesOf(q.statementsOfFunction(FunctionSpec.named("govern").handler()), "s3:PutObject"))
        .containsExactly(artifacts + "/artifacts/*", catalog + "/catalog/*");
    List<JsonNode> replay = q.statementsOfFunction(FunctionSpec.named("replay").handler());
    assertThat(q.resourcesOf(replay, "s3:GetObject")).containsExactly(artifacts + "/artifacts/*", artifacts + "/replays/*");
    assertThat(q.resourcesOf(replay, "s3:PutObject")).containsExactly(artifacts + "/artifacts/*", artifacts + "/replays/*");
    assertThat(q.actions(replay, "secretsmanager:")).containsExactly("secretsmanager:DescribeSecret",
        "secretsmanager:GetSecretValue");
    List<JsonNode> branch = q.statementsOfFunction(FunctionSpec.named("branch").handler());
    assertThat(q.resourcesOf(branch, "s3:PutObject")).isEmpty();
    assertThat(q.actions(branch, "secretsmanager:")).containsExactly("secretsmanager:DescribeSecret",
        "secretsmanager:GetSecretValue");
  }

  /** The function's table actions, and {@code index} when it may query the runs index. */
  private TreeSet<String> tableGrant(String name) {
    List<JsonNode> statements = q.statementsOfFunction(FunctionSpec.named(name).handler());
    TreeSet<String> out = q.actions(statements, "dynamodb:");
    if (statements.toString().contains("/index/" + DataStores.RUNS_INDEX)) {
      out.add("index");
    }
    return out;
  }

  @Test
  void theStepsAfterTheModelsKnowTheExecuteFunctionAndTheCatalogBucket() {
    JsonNode execute = function("dev.rocky.fn.execute.ExecuteHandler");
    JsonNode cost = function("dev.rocky.fn.cost.CostHandler").at("/Properties/Environment/Variables");
    assertThat(cost.path("ROCKY_EXECUTE_MEMORY_MB").asText()).isEqualTo(execute.at("/Properties/MemorySize").asText())
        .isEqualTo("4096");
    assertThat(cost.path("ROCKY_LAMBDA_ARCHITECTURE").asText()).isEqualTo(execute.at("/Properties/Architectures/0").asText())
        .isEqualTo("x86_64");
    JsonNode govern = function("dev.rocky.fn.govern.GovernHandler").at("/Properties/Environment/Variables");
    assertThat(govern.at("/ROCKY_CATALOG_BUCKET/Ref").asText()).isEqualTo(q.logicalId("AWS::S3::Bucket", "DataCatalogSite"));
    assertThat(govern.path("ROCKY_CATALOG_PREFIX").asText()).isEqualTo("catalog/");
    // CloudFront serves what publish writes: the catalog/ prefix is the origin's path.
    JsonNode distribution = resources(json, "AWS::CloudFront::Distribution").values().iterator().next();
    assertThat(distribution.at("/Properties/DistributionConfig/Origins/0/OriginPath").asText()).isEqualTo("/catalog");
    // The warehouse's credentials only for the functions that open it.
    for (FunctionSpec spec : FunctionSpec.all()) {
      JsonNode env = function(spec.handler()).at("/Properties/Environment/Variables");
      assertThat(env.has("ROCKY_WAREHOUSE_SECRET_ARN")).as(spec.name()).isEqualTo(spec.access().warehouseSecret());
      assertThat(env.has("ROCKY_CATALOG_BUCKET")).as(spec.name()).isEqualTo(spec.name().equals("govern"));
    }
    assertThat(FunctionSpec.all().stream().filter(f -> f.access().warehouseSecret()).map(FunctionSpec::name))
        .containsExactly("execute", "branch", "replay");
  }

  private JsonNode function(String handler) {
    return resources(json, "AWS::Lambda::Function").values().stream()
        .filter(f -> f.at("/Properties/Handler").asText().equals(handler)).findFirst().orElseThrow();
  }

  @Test
  void branchPromotionAndReplayAreDeployedWithTheirFunctionsAndChildren() {
    String run = q.logicalId("AWS::StepFunctions::StateMachine", "WorkflowsRun");
    String segment = q.logicalId("AWS::StepFunctions::StateMachine", "WorkflowsRunSegment");
    JsonNode promote = resources(json, "AWS::StepFunctions::StateMachine")
        .get(q.logicalId("AWS::StepFunctions::StateMachine", "WorkflowsBranchPromote"));
    JsonNode replay = resources(json, "AWS::StepFunctions::StateMachine")
        .get(q.logicalId("AWS::StepFunctions::StateMachine", "WorkflowsReplay"));
    String branchAlias = q.logicalId("AWS::Lambda::Alias", "FunctionsBranchLive");
    String governAlias = q.logicalId("AWS::Lambda::Alias", "FunctionsGovernLive");
    String replayAlias = q.logicalId("AWS::Lambda::Alias", "FunctionsReplayLive");

    JsonNode promoteSubs = promote.at("/Properties/DefinitionSubstitutions");
    assertThat(promoteSubs.at("/BranchFunctionArn/Ref").asText()).isEqualTo(branchAlias);
    assertThat(promoteSubs.at("/RunStateMachineArn/Ref").asText()).isEqualTo(run);
    // The catalog refresh is the govern function's publish step.
    assertThat(promoteSubs.at("/GovernFunctionArn/Ref").asText()).isEqualTo(governAlias);
    List<JsonNode> promoteRole = q.statementsOfRole(promote.at("/Properties/RoleArn/Fn::GetAtt/0").asText());
    assertThat(q.actions(promoteRole, "states:")).containsExactly("states:DescribeExecution", "states:StartExecution",
        "states:StopExecution");
    assertThat(promoteRole.toString()).contains(run).doesNotContain(segment);

    assertThat(replay.at("/Properties/StateMachineName").asText()).isEqualTo("Rocky" + Workflows.REPLAY_NAME_SUFFIX);
    JsonNode replaySubs = replay.at("/Properties/DefinitionSubstitutions");
    assertThat(replaySubs.at("/ReplayFunctionArn/Ref").asText()).isEqualTo(replayAlias);
    String self = replaySubs.path("ReplayStateMachineArn").toString();
    assertThat(self).contains(":stateMachine:Rocky-replay");
    List<JsonNode> replayRole = q.statementsOfRole(replay.at("/Properties/RoleArn/Fn::GetAtt/0").asText());
    assertThat(q.actions(replayRole, "states:")).containsExactly("states:StartExecution");
    // It may start only itself (ContinueAsNew), by the same ARN its definition names.
    assertThat(q.resourcesOfAction(replayRole, "states:StartExecution")).containsExactly(self);

    List<JsonNode> runRole = q.statementsOfRole(resources(json, "AWS::StepFunctions::StateMachine").get(run)
        .at("/Properties/RoleArn/Fn::GetAtt/0").asText());
    assertThat(runRole.toString()).contains(segment).doesNotContain(branchAlias).doesNotContain(replayAlias);
  }

  @Test
  void aHandlerMissingFromTheBundleIsAWarningOnItsFunction() {
    RockyStack partial = Stacks.stack(Set.of("dev.rocky.fn.branch.BranchHandler"), Stacks.STATEMACHINES);
    Annotations.fromStack(partial).hasWarning("/Rocky/Functions/Branch",
        Match.stringLikeRegexp(".*no dev.rocky.fn.branch.BranchHandler.*"));
    Annotations.fromStack(partial).hasNoWarning("/Rocky/Functions/Replay", Match.anyValue());
  }
}
