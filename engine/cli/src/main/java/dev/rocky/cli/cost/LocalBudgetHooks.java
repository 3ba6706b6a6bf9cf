package dev.rocky.cli.cost;

import dev.rocky.app.cost.BudgetBreach;
import dev.rocky.app.cost.BudgetBreachEvent;
import dev.rocky.app.run.RunOutput;
import dev.rocky.cli.output.Json;
import dev.rocky.core.config.HooksConfig;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What {@code rocky run} does with the budget limits a run went over: says so on stderr (a warning,
 * or an error when {@code on_breach = "error"}), and runs every {@code [[hook.on_budget_breach]]}
 * once per breach with the breach's event as JSON on stdin. A hook that fails warns (its
 * {@code on_failure} default), is ignored, or with {@code abort} fails the run.
 */
public final class LocalBudgetHooks {
  private final HooksConfig hooks;
  private final Path projectRoot;
  private final PrintWriter err;

  public LocalBudgetHooks(HooksConfig hooks, Path projectRoot, PrintWriter err) {
    this.hooks = hooks;
    this.projectRoot = projectRoot;
    this.err = err;
  }

  /**
   * @param pipeline the run's pipeline, when it ran one
   * @return whether a hook with {@code on_failure = "abort"} failed, which fails the run
   */
  public boolean fire(RunOutput output, @Nullable String pipeline, Instant at) {
    List<BudgetBreach> breaches = output.budgetBreaches();
    String runId = output.runId();
    if (breaches.isEmpty() || runId == null) {
      return false;
    }
    for (BudgetBreach b : breaches) {
      err.println((b.fails() ? "error" : "warning") + ": budget: " + b.describe());
    }
    boolean aborted = false;
    List<HooksConfig.ShellHook> commands = hooks.shell().getOrDefault(BudgetBreachEvent.EVENT, List.of());
    for (BudgetBreachEvent event : BudgetBreachEvent.of(runId, pipeline, at, breaches)) {
      String json = json(event);
      for (HooksConfig.ShellHook hook : commands) {
        ShellHook.Outcome outcome = ShellHook.run(hook, projectRoot, json);
        if (outcome.failed()) {
          aborted |= report(outcome);
        }
      }
    }
    err.flush();
    return aborted;
  }

  private boolean report(ShellHook.Outcome outcome) {
    String what = "hook on_budget_breach '" + outcome.hook().command() + "' " + outcome.problem();
    return switch (outcome.hook().onFailure()) {
      case IGNORE -> false;
      case WARN -> {
        err.println("warning: " + what);
        yield false;
      }
      case ABORT -> {
        err.println("error: " + what + "; the run fails (on_failure = \"abort\")");
        yield true;
      }
    };
  }

  private static String json(BudgetBreachEvent event) {
    try {
      return Json.mapper().writeValueAsString(event);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
