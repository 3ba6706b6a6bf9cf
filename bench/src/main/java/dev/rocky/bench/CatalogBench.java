package dev.rocky.bench;

import dev.rocky.app.catalog.site.CatalogSiteData;
import dev.rocky.app.compile.CompileService;
import dev.rocky.catalog.CatalogSite;
import dev.rocky.catalog.SiteReport;
import dev.rocky.catalog.data.SiteData;
import dev.rocky.compiler.CompileOptions;
import dev.rocky.compiler.CompileResult;
import dev.rocky.core.port.CacheStore;
import dev.rocky.store.local.DirectoryProjectSource;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Measures the catalog site of a generated project in one process: the compile (once), then per
 * round building the site's data and writing the site, in wall and CPU seconds (CPU summed over
 * threads and including GC and JIT, which is what to trust on a shared machine).
 *
 * <pre>java -cp ... dev.rocky.bench.CatalogBench --models 10000 --rounds 3 --out DIR</pre>
 */
public final class CatalogBench {
  private CatalogBench() {}

  /** One round: seconds of wall and CPU time for each step, and what was written. */
  public record Round(double compileWall, double compileCpu, double dataWall, double siteWall, double siteCpu,
      SiteReport report) {
    public String describe() {
      return String.format(Locale.ROOT,
          "compile %.1f s (cpu %.1f s) | site data %.2f s | site %.1f s (cpu %.1f s, layouts cpu %.1f s) | "
              + "%d pages, %d files (%d written), %.1f MB, largest page %.0f KB",
          compileWall, compileCpu, dataWall, siteWall, siteCpu, report.layout().toMillis() / 1e3, report.pages(),
          report.files(), report.written(), report.bytes() / 1e6, report.largestPage() / 1e3);
    }
  }

  /** Compiles the project at {@code project} and writes its site (no runs) to {@code out}. */
  public static Round round(Path project, Path out) {
    long w0 = System.nanoTime();
    double c0 = cpu();
    CompileResult result = compile(project);
    double compileCpu = cpu() - c0;
    return site(result, out, (System.nanoTime() - w0) / 1e9, compileCpu);
  }

  static CompileResult compile(Path project) {
    return new CompileService(CacheStore.NONE, null).compile(new DirectoryProjectSource(project), CompileOptions.defaults());
  }

  /** Builds the site's data from a compile and writes the site, timing both. */
  static Round site(CompileResult result, Path out, double compileWall, double compileCpu) {
    long w1 = System.nanoTime();
    SiteData data = CatalogSiteData.of(result, List.of(), Instant.parse("2026-01-01T00:00:00Z"), null);
    long w2 = System.nanoTime();
    double c2 = cpu();
    SiteReport report = new CatalogSite().generate(data, out);
    double siteCpu = cpu() - c2;
    long w3 = System.nanoTime();
    return new Round(compileWall, compileCpu, (w2 - w1) / 1e9, (w3 - w2) / 1e9, siteCpu, report);
  }

  private static void delete(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (var walk = Files.walk(dir)) {
        for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  private static double cpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
  }

  public static void main(String[] args) throws IOException {
    int models = 10_000;
    int rounds = 3;
    Path out = Path.of("bench/out/catalog");
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--models" -> models = Integer.parseInt(args[i + 1]);
        case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
        case "--out" -> out = Path.of(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    Path project = out.resolve("project");
    if (!Files.exists(project.resolve(GeneratedProject.ROCKY_TOML))) {
      ProjectGenerator.generate(models, 42, project);
    }
    long w0 = System.nanoTime();
    double c0 = cpu();
    CompileResult result = compile(project);
    double compileWall = (System.nanoTime() - w0) / 1e9;
    double compileCpu = cpu() - c0;
    // The compile once; the site (data and files) once per round into a new directory, the first
    // round paying the JIT's warm-up; then a rebuild over the last one, which rewrites only what changed.
    Path site = out.resolve("site");
    for (int r = 1; r <= rounds; r++) {
      delete(site);
      System.out.println("round " + r + ": " + site(result, site, compileWall, compileCpu).describe());
    }
    System.out.println("rebuild: " + site(result, site, compileWall, compileCpu).describe());
  }
}
