package dev.rocky.cli.govern;

import dev.rocky.cli.command.CliContext;
import dev.rocky.cli.command.RockyCommand;
import dev.rocky.cli.output.CommandResult;
import dev.rocky.cli.output.Output;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What the governance commands share: the root's global flags and context, and printing a result. */
abstract class GovernSupport implements Callable<Integer> {

  @Spec private @Nullable CommandSpec spec;

  protected final CommandSpec spec() {
    return Objects.requireNonNull(spec, "spec");
  }

  protected final RockyCommand root() {
    return (RockyCommand) spec().root().userObject();
  }

  protected final CliContext context() {
    return root().context();
  }

  protected final GovernWiring wiring() {
    return context().wiring().govern();
  }

  protected final int emit(CommandResult result) {
    return new Output(context().out(), root().outputFormat()).emit(result);
  }
}
