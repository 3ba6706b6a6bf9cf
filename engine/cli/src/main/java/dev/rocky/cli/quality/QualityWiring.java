package dev.rocky.cli.quality;

import dev.rocky.cli.output.CommandResult;

/** What {@code rocky test} and {@code rocky ci} need from the engine. */
public interface QualityWiring {

  /** The local tests, or with {@link TestRequest#declarative()} the declarative tests on the warehouse. */
  CommandResult test(TestRequest request);

  /** Compile and the local tests: exit 0, 1, or 4 when they passed with compiler warnings. */
  CommandResult ci(TestRequest request);
}
