package dev.rocky.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awscdk.ArnFormat;
import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.stepfunctions.DefinitionBody;
import software.amazon.awscdk.services.stepfunctions.LogLevel;
import software.amazon.awscdk.services.stepfunctions.LogOptions;
import software.amazon.awscdk.services.stepfunctions.StateMachine;
import software.amazon.awscdk.services.stepfunctions.StateMachineType;
import software.constructs.Construct;

/**
 * The run workflow and its segments, from {@code statemachines/run.asl.json} and
 * {@code run-segment.asl.json}, their {@code ${...}} ARNs filled with {@code DefinitionSubstitutions}
 * (the {@code live} aliases). Each state machine's role may invoke exactly the aliases its
 * definition names; the run machine may start and follow its segment executions
 * ({@code startExecution.sync:2}).
 *
 * <p>{@code branch-promote.asl.json} and {@code replay.asl.json} are not deployed: the branch and
 * replay functions they call do not exist yet. The run definition's {@code PublishCatalog} names a
 * catalog function ({@value #CATALOG_FUNCTION_SUFFIX}) that this stack does not create yet; the
 * step's Catch reports the failure in the run's {@code post_run_errors.catalog} and the run stands.
 */
public final class Workflows extends Construct {
  static final String CATALOG_FUNCTION_SUFFIX = "-catalog";
  private static final Pattern SUBSTITUTION = Pattern.compile("\\$\\{([A-Za-z0-9]+)}");

  private final StateMachine run;
  private final StateMachine segment;

  public Workflows(Construct scope, String id, Path statemachines, RockyFunctions functions, RetentionDays logRetention) {
    super(scope, id);
    Stack stack = Stack.of(this);
    segment = machine("RunSegment", statemachines.resolve("run-segment.asl.json"), Map.of(
        "ExecuteFunctionArn", functions.alias("execute").getFunctionArn(),
        "RunFunctionArn", functions.alias("run").getFunctionArn()), logRetention);
    functions.alias("execute").grantInvoke(segment);
    functions.alias("run").grantInvoke(segment);

    Map<String, String> runArns = new LinkedHashMap<>();
    runArns.put("CompileFunctionArn", functions.alias("compile").getFunctionArn());
    runArns.put("RunFunctionArn", functions.alias("run").getFunctionArn());
    runArns.put("CostFunctionArn", functions.alias("cost").getFunctionArn());
    runArns.put("GovernFunctionArn", functions.alias("govern").getFunctionArn());
    runArns.put("CatalogFunctionArn", stack.formatArn(ArnComponents.builder().service("lambda").resource("function")
        .resourceName(stack.getStackName() + CATALOG_FUNCTION_SUFFIX + ":" + RockyFunctions.ALIAS)
        .arnFormat(ArnFormat.COLON_RESOURCE_NAME).build()));
    runArns.put("RunSegmentStateMachineArn", segment.getStateMachineArn());
    run = machine("Run", statemachines.resolve("run.asl.json"), runArns, logRetention);
    for (String fn : List.of("compile", "run", "cost", "govern")) {
      functions.alias(fn).grantInvoke(run);
    }
    segment.grantStartExecution(run);
    run.addToRolePolicy(PolicyStatement.Builder.create().sid("FollowSegments")
        .actions(List.of("states:DescribeExecution", "states:StopExecution"))
        .resources(List.of(stack.formatArn(ArnComponents.builder().service("states").resource("execution")
            .resourceName(segment.getStateMachineName() + ":*").arnFormat(ArnFormat.COLON_RESOURCE_NAME).build())))
        .build());
    run.addToRolePolicy(PolicyStatement.Builder.create().sid("SyncCompletionRule")
        .actions(List.of("events:PutTargets", "events:PutRule", "events:DescribeRule"))
        .resources(List.of(stack.formatArn(ArnComponents.builder().service("events").resource("rule")
            .resourceName("StepFunctionsGetEventsForStepFunctionsExecutionRule").build())))
        .build());
  }

  private StateMachine machine(String id, Path file, Map<String, String> arns, RetentionDays logRetention) {
    String definition = read(file);
    TreeSet<String> wanted = substitutions(definition);
    if (!wanted.equals(new TreeSet<>(arns.keySet()))) {
      throw new IllegalStateException(file + " names " + wanted + " but the stack fills " + new TreeSet<>(arns.keySet())
          + ": update Workflows with the statemachines/README.md substitution table");
    }
    LogGroup logs = LogGroup.Builder.create(this, id + "Logs").retention(logRetention)
        .removalPolicy(RemovalPolicy.DESTROY).build();
    return StateMachine.Builder.create(this, id)
        .stateMachineType(StateMachineType.STANDARD)
        .definitionBody(DefinitionBody.fromString(definition))
        .definitionSubstitutions(arns)
        .logs(LogOptions.builder().destination(logs).level(LogLevel.ERROR).includeExecutionData(false).build())
        .build();
  }

  /** The {@code ${Name}} placeholders of an ASL text. */
  static TreeSet<String> substitutions(String definition) {
    TreeSet<String> names = new TreeSet<>();
    Matcher m = SUBSTITUTION.matcher(definition);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the state machine " + file, e);
    }
  }

  public StateMachine run() {
    return run;
  }

  public StateMachine segment() {
    return segment;
  }
}
