package dev.rocky.app.catalog.site;

import dev.rocky.catalog.CatalogSite;
import dev.rocky.catalog.SiteReport;
import dev.rocky.catalog.data.PrData;
import dev.rocky.compiler.CompileResult;
import dev.rocky.core.run.RunRecord;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code rocky catalog}: the static catalog site of a compiled project and its recorded runs,
 * written to a directory (locally {@code .rocky/catalog}; in AWS the publish step uploads the same
 * files to the catalog bucket).
 */
public final class CatalogSiteService {
  private final Clock clock;
  private final int threads;

  public CatalogSiteService(Clock clock, int threads) {
    this.clock = clock;
    this.threads = threads;
  }

  public CatalogSiteService(Clock clock) {
    this(clock, Runtime.getRuntime().availableProcessors());
  }

  /** Writes the site; {@code runs} newest first, {@code pr} null outside a pull request. */
  public SiteReport generate(CompileResult result, List<RunRecord> runs, @Nullable PrData pr, Path out) {
    return new CatalogSite(threads).generate(CatalogSiteData.of(result, runs, clock.instant(), pr), out);
  }
}
