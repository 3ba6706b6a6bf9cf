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
        if (e.getKey().endsWith("FunctionArn") && !e.getKey().equals("CatalogFunctionArn")) {
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
      assertThat(q.resourcesOf(statements, "s3:PutObject")).as(spec.name())
          .isEqualTo(q.prefixes(artifacts, spec.access().writePrefixes()));
      assertThat(all).as(spec.name()).doesNotContain(catalog).contains(table);
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
    assertThat(machines).hasSize(2);
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
    assertThat(groups).hasSize(FunctionSpec.all().size() + 2);
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
  void aHandlerMissingFromTheBundleIsAWarningOnItsFunction() {
    RockyStack partial = Stacks.stack(Set.of("dev.rocky.fn.cost.CostHandler"), Stacks.STATEMACHINES);
    Annotations.fromStack(partial).hasWarning("/Rocky/Functions/Cost",
        Match.stringLikeRegexp(".*no dev.rocky.fn.cost.CostHandler.*"));
    Annotations.fromStack(partial).hasNoWarning("/Rocky/Functions/Govern", Match.anyValue());
  }
}
