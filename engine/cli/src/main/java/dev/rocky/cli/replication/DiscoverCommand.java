package dev.rocky.cli.replication;

import dev.rocky.cli.command.RockyCommand;
import dev.rocky.cli.output.Output;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rocky discover}: metadata only. Lists the sources of a replication pipeline that its source
 * adapter finds, with the component values each schema carries, and every table it would copy with
 * its target and strategy; copies nothing.
 */
@Command(name = "discover", description = "List the sources and tables a replication pipeline would copy, and where.",
    sortOptions = false)
public final class DiscoverCommand implements Callable<Integer> {

  @Spec private @Nullable CommandSpec spec;

  @Option(names = "--pipeline", paramLabel = "NAME",
      description = "The replication pipeline (default: the project's only one).")
  private @Nullable String pipeline;

  @Option(names = "--filter", paramLabel = "KEY=VALUE",
      description = "Only sources whose schema component KEY has VALUE (or table=NAME); repeatable.")
  private Map<String, String> filter = new LinkedHashMap<>();

  @Option(names = "--models", paramLabel = "DIR", defaultValue = "models",
      description = "Models directory (default: ${DEFAULT-VALUE}).")
  private Path models = Path.of("models");

  @Override
  public Integer call() {
    RockyCommand root = (RockyCommand) Objects.requireNonNull(spec, "spec").root().userObject();
    ReplicationRequest request = new ReplicationRequest(root.configPath(), root.context().resolve(models), pipeline, filter);
    return new Output(root.context().out(), root.outputFormat()).emit(root.context().wiring().replication().discover(request));
  }
}
