package dev.rocky.cli.run;

import dev.rocky.cli.output.CommandResult;
import java.io.PrintWriter;

/**
 * What the commands that touch the warehouse and the state store need: {@code rocky run}, {@code rocky
 * seed}, {@code rocky load}, {@code rocky history} and {@code rocky state}. Kept apart from {@link Wiring} so that the
 * compile-time commands never load the warehouse driver or the state store.
 */
public interface RunWiring {

  /**
   * Compiles, plans and runs the selected models.
   *
   * @param err where warnings and, when {@link RunRequest#progress()} holds, the live progress go
   */
  CommandResult run(RunRequest request, PrintWriter err);

  /** Loads the CSV seeds, or runs {@code data/seed.sql}, on the warehouse the project's pipelines write to. */
  CommandResult seed(SeedRequest request, PrintWriter err);

  /** Loads files into the warehouse the project's pipelines write to. */
  CommandResult load(dev.rocky.cli.load.LoadRequest request, PrintWriter err);

  /** Recent run records, newest first. */
  CommandResult history(HistoryRequest request);

  /** Watermarks and time_interval partitions. */
  CommandResult state(StateRequest request);
}
