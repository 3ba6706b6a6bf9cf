package dev.rocky.cli.command;

import dev.rocky.cli.wiring.ImportDbtRequest;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rocky import-dbt --dbt-project P --output-dir O [--manifest|--no-manifest]}: converts a
 * dbt Core project. Exits 0 with a report of the models imported, imported with warnings and not
 * translated; what did not translate is kept and explained in {@code MIGRATION-NOTES.md}.
 */
@Command(name = "import-dbt", description = "Convert a dbt Core project into a Rocky project.", sortOptions = false)
final class ImportDbtCommand extends CommandSupport {

  @Option(names = "--dbt-project", paramLabel = "DIR", required = true,
      description = "The dbt project: the directory of its dbt_project.yml.")
  private Path dbtProject = Path.of(".");

  @Option(names = "--output-dir", paramLabel = "DIR", required = true,
      description = "Where to write the Rocky project (created if needed).")
  private Path outputDir = Path.of(".");

  @Option(names = "--manifest", negatable = true,
      description = "Read target/manifest.json (--manifest: required; --no-manifest: ignore it; default: when present).")
  private @Nullable Boolean manifest;

  @Option(names = "--force", description = "Overwrite a Rocky project already in the output directory.")
  private boolean force;

  @Override
  public Integer call() {
    return emit(context().wiring().importDbt(
        new ImportDbtRequest(context().resolve(dbtProject), context().resolve(outputDir), manifest, force)));
  }
}
