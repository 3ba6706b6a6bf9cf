package dev.rocky.cli.govern;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rocky compliance}: every classified column (declared and inherited along lineage) with its
 * masking strategy and whether it is enforced, per environment, and the exceptions. Exits 0, or 1
 * under {@code --fail-on exception} when there is an exception.
 */
@Command(name = "compliance", description = "Classified columns, their masks per environment, and the exceptions.",
    sortOptions = false)
public final class ComplianceCommand extends GovernSupport {

  @Option(names = "--env", paramLabel = "ENV",
      description = "Only this environment ([mask.ENV] over [mask]; 'default' for [mask] alone).")
  private @Nullable String env;

  @Option(names = "--exceptions-only", description = "List only the columns that have an exception.")
  private boolean exceptionsOnly;

  @Option(names = "--fail-on", paramLabel = "WHEN", defaultValue = "none",
      description = "exception: exit 1 when any classified column is unmasked and not allowed; none (default).")
  private FailOn failOn = FailOn.none;

  @Option(names = "--models", paramLabel = "DIR", defaultValue = "models",
      description = "Models directory (default: ${DEFAULT-VALUE}).")
  private Path models = Path.of("models");

  @Option(names = "--model", paramLabel = "NAME", description = "Only this model; repeatable.")
  private List<String> only = new ArrayList<>();

  /** When to fail; lower-case so that picocli lists the spellings as typed. */
  enum FailOn {
    none,
    exception
  }

  @Override
  public Integer call() {
    return emit(wiring().compliance(new ComplianceRequest(root().configPath(), context().resolve(models), env,
        exceptionsOnly, failOn == FailOn.exception, only)));
  }
}
