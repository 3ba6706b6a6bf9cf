package dev.rocky.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
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
 * The workflows of {@code statemachines/}: the run and its segments, branch promotion and replay,
 * their {@code ${...}} ARNs filled with {@code DefinitionSubstitutions} (functions by their
 * {@code live} aliases). A definition may name only what the stack fills for it, and gets exactly
 * what it names: each state machine's role may invoke exactly the aliases its definition names, and
 * start and follow the child workflows it runs ({@code startExecution.sync:2}).
 *
 * <p>Branch promotion's catalog refresh is the govern function's {@code publish} step
 * ({@code ${GovernFunctionArn}}). Replay continues as a new execution of itself, so its name is
 * fixed ({@value #REPLAY_NAME_SUFFIX} after the stack's) and its ARN is made from it, not referenced.
 */
public final class Workflows extends Construct {
  static final String REPLAY_NAME_SUFFIX = "-replay";
  private static final Pattern SUBSTITUTION = Pattern.compile("\\$\\{([A-Za-z0-9]+)}");

  private final RockyFunctions functions;
  private final RetentionDays logRetention;
  private final StateMachine run;
  private final StateMachine segment;
  private final StateMachine branchPromote;
  private final StateMachine replay;

  public Workflows(Construct scope, String id, Path statemachines, RockyFunctions functions, RetentionDays logRetention) {
    super(scope, id);
    this.functions = functions;
    this.logRetention = logRetention;
    Stack stack = Stack.of(this);
    segment = machine("RunSegment", null, statemachines.resolve("run-segment.asl.json"),
        Map.of("ExecuteFunctionArn", "execute", "RunFunctionArn", "run"), Map.of());
    run = machine("Run", null, statemachines.resolve("run.asl.json"),
        Map.of("CompileFunctionArn", "compile", "RunFunctionArn", "run", "CostFunctionArn", "cost",
            "GovernFunctionArn", "govern"),
        Map.of("RunSegmentStateMachineArn", segment.getStateMachineArn()));
    follow(run, segment, "FollowSegments");
    branchPromote = machine("BranchPromote", null, statemachines.resolve("branch-promote.asl.json"),
        Map.of("BranchFunctionArn", "branch", "GovernFunctionArn", "govern"),
        Map.of("RunStateMachineArn", run.getStateMachineArn()));
    follow(branchPromote, run, "FollowBranchRuns");
    String replayName = stack.getStackName() + REPLAY_NAME_SUFFIX;
    String replayArn = stack.formatArn(ArnComponents.builder().service("states").resource("stateMachine")
        .resourceName(replayName).arnFormat(ArnFormat.COLON_RESOURCE_NAME).build());
    replay = machine("Replay", replayName, statemachines.resolve("replay.asl.json"),
        Map.of("ReplayFunctionArn", "replay"), Map.of("ReplayStateMachineArn", replayArn));
    // ContinueAsNew: a plain startExecution of itself (not .sync), so nothing to follow.
    replay.addToRolePolicy(PolicyStatement.Builder.create().sid("ContinueAsNew")
        .actions(List.of("states:StartExecution")).resources(List.of(replayArn)).build());
  }

  /**
   * A standard state machine from {@code file}, logging errors to its own log group.
   *
   * @param name its fixed name, or null for a generated one
   * @param functionsBy the function (by {@link FunctionSpec#name()}) each function substitution
   *     stands for; the role may invoke the aliases of those the definition names
   * @param arns the other substitutions the stack can fill for it (state machines)
   */
  private StateMachine machine(String id, @Nullable String name, Path file, Map<String, String> functionsBy,
      Map<String, String> arns) {
    String definition = read(file);
    TreeSet<String> named = substitutions(definition);
    TreeSet<String> known = new TreeSet<>(functionsBy.keySet());
    known.addAll(arns.keySet());
    if (!known.containsAll(named)) {
      TreeSet<String> unknown = new TreeSet<>(named);
      unknown.removeAll(known);
      throw new IllegalStateException(file + " names " + unknown + ", which the stack does not fill (it fills " + known
          + " for this workflow): update Workflows with the statemachines/README.md substitution table");
    }
    Map<String, String> filled = new LinkedHashMap<>();
    Set<String> invoked = new LinkedHashSet<>();
    for (String substitution : named) {
      String function = functionsBy.get(substitution);
      if (function != null) {
        filled.put(substitution, functions.alias(function).getFunctionArn());
        invoked.add(function);
      } else {
        filled.put(substitution, arns.get(substitution));
      }
    }
    LogGroup logs = LogGroup.Builder.create(this, id + "Logs").retention(logRetention)
        .removalPolicy(RemovalPolicy.DESTROY).build();
    StateMachine.Builder builder = StateMachine.Builder.create(this, id)
        .stateMachineType(StateMachineType.STANDARD)
        .definitionBody(DefinitionBody.fromString(definition))
        .definitionSubstitutions(filled)
        .logs(LogOptions.builder().destination(logs).level(LogLevel.ERROR).includeExecutionData(false).build());
    if (name != null) {
      builder.stateMachineName(name);
    }
    StateMachine machine = builder.build();
    invoked.forEach(function -> functions.alias(function).grantInvoke(machine));
    return machine;
  }

  /** {@code parent} runs {@code child} as a child execution ({@code startExecution.sync:2}): start, describe, stop. */
  private static void follow(StateMachine parent, StateMachine child, String sid) {
    Stack stack = Stack.of(parent);
    child.grantStartExecution(parent);
    parent.addToRolePolicy(PolicyStatement.Builder.create().sid(sid)
        .actions(List.of("states:DescribeExecution", "states:StopExecution"))
        .resources(List.of(stack.formatArn(ArnComponents.builder().service("states").resource("execution")
            .resourceName(child.getStateMachineName() + ":*").arnFormat(ArnFormat.COLON_RESOURCE_NAME).build())))
        .build());
    parent.addToRolePolicy(PolicyStatement.Builder.create().sid("SyncCompletionRule")
        .actions(List.of("events:PutTargets", "events:PutRule", "events:DescribeRule"))
        .resources(List.of(stack.formatArn(ArnComponents.builder().service("events").resource("rule")
            .resourceName("StepFunctionsGetEventsForStepFunctionsExecutionRule").build())))
        .build());
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

  public StateMachine branchPromote() {
    return branchPromote;
  }

  public StateMachine replay() {
    return replay;
  }
}
