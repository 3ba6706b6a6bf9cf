package dev.rocky.cli.run;

import dev.rocky.cli.output.CommandResult;
import java.io.PrintWriter;
import java.time.Clock;

/**
 * The laptop and CI wiring of the run commands: DuckDB from the pipelines' target adapter (its path
 * relative to the project root), the embedded state store in {@code .rocky/state.sqlite}, the
 * compile cache under {@code .rocky/cache}.
 */
public final class LocalRunWiring implements RunWiring {
  private final Clock clock;

  public LocalRunWiring(Clock clock) {
    this.clock = clock;
  }

  public LocalRunWiring() {
    this(Clock.systemUTC());
  }

  @Override
  public CommandResult run(RunRequest request, PrintWriter err) {
    return new LocalRun(clock).run(request, err);
  }

  @Override
  public CommandResult seed(SeedRequest request, PrintWriter err) {
    return request.sql() ? new LocalSeed().seed(request, err)
        : new dev.rocky.cli.load.LocalLoad().seedCsv(request.config(), request.pipeline(), request.filter(), err);
  }

  @Override
  public CommandResult load(dev.rocky.cli.load.LoadRequest request, PrintWriter err) {
    return new dev.rocky.cli.load.LocalLoad().load(request, err);
  }

  @Override
  public CommandResult history(HistoryRequest request) {
    return new LocalHistory().history(request);
  }

  @Override
  public CommandResult state(StateRequest request) {
    return new LocalState().state(request);
  }
}
