package dev.rocky.cli.command;

import dev.rocky.cli.output.OutputFormat;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The top-level {@code rocky} command: the global flags; {@link Commands} adds the commands. The
 * global flags are inherited, so they may be given before or after the command name ({@code rocky -o json
 * compile} and {@code rocky compile -o json} are the same).
 */
@Command(
    name = "rocky",
    mixinStandardHelpOptions = true,
    scope = ScopeType.INHERIT,
    versionProvider = VersionProvider.class,
    description = "A typed compiler for data pipelines.",
    sortOptions = false)
public final class RockyCommand implements Callable<Integer> {

  @Option(
      names = {"-c", "--config"},
      paramLabel = "PATH",
      defaultValue = "rocky.toml",
      scope = ScopeType.INHERIT,
      description = "Project configuration file (default: ${DEFAULT-VALUE}).")
  private Path config = Path.of("rocky.toml");

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORMAT",
      converter = OutputFormat.Converter.class,
      scope = ScopeType.INHERIT,
      description = "json or table (default: table on a terminal, json when piped).")
  private @Nullable OutputFormat output;

  @Option(names = "--debug", hidden = true, scope = ScopeType.INHERIT, description = "Print stack traces of failures.")
  private boolean debug;

  @Spec private @Nullable CommandSpec spec;

  private final CliContext context;

  public RockyCommand(CliContext context) {
    this.context = Objects.requireNonNull(context, "context");
  }

  public CliContext context() {
    return context;
  }

  /** The {@code --config} path, resolved against the working directory. */
  public Path configPath() {
    return context.resolve(config);
  }

  /** The format asked for with {@code --output}, or null when the flag was not given. */
  public @Nullable OutputFormat explicitOutput() {
    return output;
  }

  /** The {@code --output} format, or Rocky's TTY-aware default: table on a terminal, json when piped. */
  public OutputFormat outputFormat() {
    OutputFormat explicit = output;
    return explicit != null ? explicit : OutputFormat.defaultFor(context.stdoutIsTerminal().getAsBoolean());
  }

  public boolean debug() {
    return debug;
  }

  /** {@code rocky} without a command is a usage error. */
  @Override
  public Integer call() {
    throw new ParameterException(Objects.requireNonNull(spec).commandLine(), "missing command");
  }
}
