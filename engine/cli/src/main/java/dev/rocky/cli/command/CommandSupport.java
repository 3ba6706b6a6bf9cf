package dev.rocky.cli.command;

import dev.rocky.cli.output.CommandResult;
import dev.rocky.cli.output.Output;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every command shares: the root's global flags and context, and printing a result. */
abstract class CommandSupport implements Callable<Integer> {

  @Spec private @Nullable CommandSpec spec;

  /** This command's picocli model. */
  protected final CommandSpec spec() {
    return Objects.requireNonNull(spec, "spec");
  }

  /** The top-level command, which holds the global flags and the context. */
  protected final RockyCommand root() {
    return (RockyCommand) spec().root().userObject();
  }

  protected final CliContext context() {
    return root().context();
  }

  /** Prints the result in the chosen format and returns its exit code. */
  protected final int emit(CommandResult result) {
    return new Output(context().out(), root().outputFormat()).emit(result);
  }
}
