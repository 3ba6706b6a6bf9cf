package dev.rocky.cli.command;

import dev.rocky.cli.error.CliErrorCode;
import dev.rocky.cli.error.CliException;
import dev.rocky.cli.run.HistoryRequest;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rocky history}: the recent runs of this project, newest first. */
@Command(name = "history", description = "Show the recent runs: status, start, duration, models built and failed.",
    sortOptions = false)
final class HistoryCommand extends CommandSupport {

  @Option(names = "--model", paramLabel = "NAME", description = "Only runs that built this model.")
  private @Nullable String model;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N runs (default: ${DEFAULT-VALUE}).")
  private int limit = 20;

  @Option(names = "--audit", description = "Who changed the model (or --column) in production, when, from what inputs.")
  private boolean audit;

  @Option(names = "--column", paramLabel = "NAME", description = "With --audit: the column to follow.")
  private @Nullable String column;

  @Override
  public Integer call() {
    if (limit < 1) {
      throw new CliException(CliErrorCode.USAGE, "--limit must be at least 1, got " + limit, "see: rocky history --help");
    }
    if (audit || column != null) {
      if (!audit || model == null) {
        throw new CliException(CliErrorCode.USAGE, "--audit needs --model (and --column goes with --audit)",
            "e.g. rocky history --audit --model fct_revenue --column amount");
      }
      return emit(context().wiring().branches().audit(
          new dev.rocky.cli.branch.Requests.Audit(root().configPath(), model, column, limit)));
    }
    return emit(context().wiring().runs().history(new HistoryRequest(root().configPath(), model, limit)));
  }
}
