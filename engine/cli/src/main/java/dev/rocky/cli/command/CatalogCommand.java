package dev.rocky.cli.command;

import dev.rocky.cli.wiring.CatalogRequest;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rocky catalog [--out DIR]}: writes the static catalog site (models, sources, lineage
 * graphs, runs, diagnostics) and prints the path of its home page. Open it in a browser; it needs
 * no server and works offline.
 */
@Command(name = "catalog", description = "Write the catalog site (lineage, contracts, runs, cost) and print its home page.",
    sortOptions = false)
final class CatalogCommand extends CommandSupport {

  @Option(names = "--out", paramLabel = "DIR",
      description = "Directory to write the site to (default: .rocky/catalog in the project). It is rewritten on each build.")
  private @Nullable Path out;

  @Option(names = "--runs", paramLabel = "N", defaultValue = "50",
      description = "How many recent runs to show (default: ${DEFAULT-VALUE}).")
  private int runs = 50;

  @Option(names = "--lineage-diff", paramLabel = "FILE",
      description = "The JSON of 'rocky lineage-diff -o json': adds a page of the changed columns and their blast radius.")
  private @Nullable Path lineageDiff;

  @Option(names = "--models", paramLabel = "DIR", defaultValue = "models",
      description = "Models directory (default: ${DEFAULT-VALUE}).")
  private Path models = Path.of("models");

  @Override
  public Integer call() {
    Path o = out;
    Path d = lineageDiff;
    return emit(context().wiring().catalog(new CatalogRequest(root().configPath(), context().resolve(models),
        o == null ? null : context().resolve(o), Math.max(0, runs), d == null ? null : context().resolve(d))));
  }
}
