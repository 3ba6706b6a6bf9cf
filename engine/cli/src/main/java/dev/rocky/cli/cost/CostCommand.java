package dev.rocky.cli.cost;

import dev.rocky.app.cost.CostRollup;
import dev.rocky.cli.error.CliErrorCode;
import dev.rocky.cli.error.CliException;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rocky cost <run_id|latest> [--model NAME] [--by model|tag|layer]}: what a recorded run cost,
 * model by model or grouped, with the budget limits it went over; {@code rocky cost --trend NAME}:
 * a model's cost run after run, and its projection.
 */
@Command(name = "cost", description = "What a recorded run cost, by model, tag or layer; or a model's cost over time.",
    sortOptions = false)
public final class CostCommand extends CostCommandSupport {

  @Parameters(index = "0", arity = "0..1", paramLabel = "RUN",
      description = "A run id (see rocky history) or latest (the default).")
  private @Nullable String run;

  @Option(names = "--model", paramLabel = "NAME", description = "Only this model's cost.")
  private @Nullable String model;

  @Option(names = "--by", paramLabel = "GROUP", defaultValue = "model",
      description = "model (default), tag (one group per key=value of [tags]) or layer.")
  private By by = By.model;

  @Option(names = "--trend", paramLabel = "NAME", description = "The model's cost in each of its recent runs, oldest first.")
  private @Nullable String trend;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "--trend: at most N runs (default: ${DEFAULT-VALUE}).")
  private int limit = 20;

  /** Lower-case so that picocli lists the spellings as typed. */
  enum By {
    model,
    tag,
    layer
  }

  @Override
  public Integer call() {
    String t = trend;
    if (t != null) {
      if (run != null || model != null) {
        throw usage("--trend shows one model over many runs; give it without a RUN or --model");
      }
      if (limit < 1) {
        throw usage("--limit must be at least 1, got " + limit);
      }
      return emit(wiring().trend(new CostRequests.Trend(root().configPath(), t, limit)));
    }
    String id = run == null ? CostRequests.LATEST : run;
    return emit(wiring().cost(new CostRequests.Run(root().configPath(), id, model, switch (by) {
      case model -> CostRollup.By.MODEL;
      case tag -> CostRollup.By.TAG;
      case layer -> CostRollup.By.LAYER;
    })));
  }

  private static CliException usage(String message) {
    return new CliException(CliErrorCode.USAGE, message, "see: rocky cost --help");
  }
}
