package dev.rocky.cli.command;

import dev.rocky.cli.wiring.LineageDiffRequest;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rocky lineage-diff [base_ref]}: the models and columns changed since {@code base_ref}
 * (default {@code main}) with every downstream column that reads each changed column, as Rocky's
 * {@code LineageDiffOutput} JSON with a Markdown block for the pull request. Exits 0, or 1 with
 * {@code --fail-on breaking} when a removed or narrowed column has downstream consumers.
 */
@Command(name = "lineage-diff", description = "Columns changed since a git ref and the downstream columns that read them.",
    sortOptions = false)
final class LineageDiffCommand extends CommandSupport {

  @Parameters(index = "0", arity = "0..1", paramLabel = "BASE_REF", defaultValue = "main",
      description = "The branch, tag or commit to compare with (default: ${DEFAULT-VALUE}).")
  private String baseRef = "main";

  @Option(names = "--fail-on", paramLabel = "WHEN", defaultValue = "none",
      description = "breaking: exit 1 when a removed or narrowed column has downstream consumers; none (default).")
  private FailOn failOn = FailOn.none;

  @Option(names = "--models", paramLabel = "DIR", defaultValue = "models",
      description = "Models directory (default: ${DEFAULT-VALUE}).")
  private Path models = Path.of("models");

  @Option(names = "--contracts", paramLabel = "DIR", description = "Directory of *.contract.toml files, besides those next to the models.")
  private @Nullable Path contracts;

  /** When to fail; lower-case so that picocli lists the spellings as typed. */
  enum FailOn {
    none,
    breaking
  }

  @Override
  public Integer call() {
    Path c = contracts;
    return emit(context().wiring().lineage().lineageDiff(new LineageDiffRequest(root().configPath(),
        context().resolve(models), c == null ? null : context().resolve(c), baseRef, failOn == FailOn.breaking)));
  }
}
