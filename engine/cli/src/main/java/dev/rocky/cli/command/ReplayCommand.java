package dev.rocky.cli.command;

import dev.rocky.app.replay.ReplayMode;
import dev.rocky.cli.branch.Requests;
import dev.rocky.cli.error.CliErrorCode;
import dev.rocky.cli.error.CliException;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rocky replay RUN}: show a recorded run's recipes, inputs and outputs; {@code --check} whether
 * each model can be replayed; {@code --execute} rebuild each from its recorded recipe over its
 * recorded inputs on a scratch in-memory DuckDB; {@code --verify} (implies {@code --execute})
 * compare with the recorded output: {@code bit_exact}, {@code diverged} or {@code non_replayable}.
 */
@Command(name = "replay", description = "Inspect, check or re-execute a recorded run from its recorded recipes and inputs.",
    sortOptions = false)
final class ReplayCommand extends CommandSupport {

  @Parameters(paramLabel = "RUN", description = "A run id (see rocky history), or latest.")
  private String run = "latest";

  @Option(names = "--model", paramLabel = "NAME", description = "Only this model.")
  private @Nullable String model;

  @Option(names = "--check", description = "Say whether each model can be replayed, without running anything.")
  private boolean check;

  @Option(names = "--execute", description = "Rebuild each model on a scratch in-memory DuckDB.")
  private boolean execute;

  @Option(names = "--verify", description = "Rebuild and compare with the recorded output (implies --execute).")
  private boolean verify;

  @Override
  public Integer call() {
    if (check && (execute || verify)) {
      throw new CliException(CliErrorCode.USAGE, "--check does not run anything; it goes without --execute and --verify",
          "see: rocky replay --help");
    }
    ReplayMode mode = verify ? ReplayMode.VERIFY : execute ? ReplayMode.EXECUTE : check ? ReplayMode.CHECK : ReplayMode.SHOW;
    return emit(context().wiring().branches().replay(new Requests.Replay(root().configPath(), run, model, mode)));
  }
}
