package dev.rocky.cli.cost;

import dev.rocky.cli.error.CliErrorCode;
import dev.rocky.cli.error.CliException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rocky preview}: what a pull request would do, before it is merged. Only {@code cost} so far. */
@Command(name = "preview", description = "Preview a change before it is merged: rocky preview cost [BASE_REF].",
    subcommands = PreviewCommand.Cost.class, sortOptions = false)
public final class PreviewCommand implements Callable<Integer> {

  @Override
  public Integer call() {
    throw new CliException(CliErrorCode.USAGE, "missing preview command", "try: rocky preview cost main");
  }

  /**
   * {@code rocky preview cost [base_ref]}: the models a change since {@code base_ref} (default
   * {@code main}) rebuilds, each with its projected cost per run from recorded history, the budget
   * ceilings those projections exceed, and Markdown for the pull request. Exits 1 when a projection
   * exceeds a ceiling whose {@code on_breach} is {@code error}.
   */
  @Command(name = "cost", description = "Projected cost of the models changed since a git ref, from recorded runs.",
      sortOptions = false)
  static final class Cost extends CostCommandSupport {

    @Parameters(index = "0", arity = "0..1", paramLabel = "BASE_REF", defaultValue = "main",
        description = "The branch, tag or commit to compare with (default: ${DEFAULT-VALUE}).")
    private String baseRef = "main";

    @Option(names = "--models", paramLabel = "DIR", defaultValue = "models",
        description = "Models directory (default: ${DEFAULT-VALUE}).")
    private Path models = Path.of("models");

    @Option(names = "--contracts", paramLabel = "DIR", description = "Directory of *.contract.toml files, besides those next to the models.")
    private @Nullable Path contracts;

    @Override
    public Integer call() {
      Path c = contracts;
      return emit(wiring().preview(new CostRequests.Preview(root().configPath(), context().resolve(models),
          c == null ? null : context().resolve(c), baseRef)));
    }
  }
}
