package dev.rocky.cli.ai;

import dev.rocky.cli.command.CliContext;
import dev.rocky.cli.command.RockyCommand;
import dev.rocky.cli.output.CommandResult;
import dev.rocky.cli.output.Output;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What the AI commands share: the root's global flags and context, and printing a result. */
abstract class AiCommandSupport implements Callable<Integer> {

  @Spec private @Nullable CommandSpec spec;

  protected final RockyCommand root() {
    return (RockyCommand) Objects.requireNonNull(spec, "spec").root().userObject();
  }

  protected final CliContext context() {
    return root().context();
  }

  protected final int emit(CommandResult result) {
    return new Output(context().out(), root().outputFormat()).emit(result);
  }
}
