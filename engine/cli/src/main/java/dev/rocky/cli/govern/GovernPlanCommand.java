package dev.rocky.cli.govern;

import dev.rocky.core.project.Dialect;
import java.nio.file.Path;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code rocky govern plan}: the masks of the environment, the statements that would put masks and
 * tags in place, and the GRANT/REVOKE difference between the configuration and the warehouse.
 * Changes nothing.
 */
@Command(name = "plan", description = "Show the masks, tags and grant difference, without changing anything.",
    sortOptions = false)
public final class GovernPlanCommand extends GovernSupport {

  @Mixin private GovernOptions options = new GovernOptions();

  @Option(names = "--target-dialect", paramLabel = "DIALECT",
      description = "Render for duckdb, databricks or snowflake instead of the target adapter's dialect.")
  private @Nullable String dialect;

  @Option(names = "--current-grants", paramLabel = "FILE",
      description = "Plan against this snapshot of the current grants (JSON) instead of reading the warehouse.")
  private @Nullable Path currentGrants;

  @Override
  public Integer call() {
    Path grants = currentGrants;
    return emit(wiring().plan(new GovernRequest(root().configPath(), context().resolve(options.models), options.env,
        options.pipeline, dialect == null ? null : parse(dialect), grants == null ? null : context().resolve(grants))));
  }

  private Dialect parse(String text) {
    return Dialect.ofAdapterType(text.toLowerCase(Locale.ROOT)).orElseThrow(() -> new ParameterException(
        spec().commandLine(), "--target-dialect must be duckdb, databricks or snowflake, not '" + text + "'"));
  }
}
