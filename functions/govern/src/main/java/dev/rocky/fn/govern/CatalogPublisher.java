package dev.rocky.fn.govern;

import dev.rocky.app.catalog.site.CatalogSiteService;
import dev.rocky.catalog.SiteReport;
import dev.rocky.compiler.CompileResult;
import dev.rocky.core.port.StateStore;
import dev.rocky.core.run.RunRecord;
import dev.rocky.fn.compile.SnapshotProjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The run workflow's publish step: the catalog site ({@link CatalogSiteService}, as
 * {@code rocky catalog} writes it) of the project the run compiled and its recent runs, generated in
 * a scratch directory ({@code /tmp} in Lambda) and written to the catalog bucket.
 */
public final class CatalogPublisher {
  /** The runs the site shows: the latest, this one included. */
  static final int RUNS = 20;

  private final StateStore state;
  private final SnapshotProjects projects;
  private final SiteBucket bucket;
  private final Clock clock;

  public CatalogPublisher(StateStore state, SnapshotProjects projects, SiteBucket bucket, Clock clock) {
    this.state = Objects.requireNonNull(state, "state");
    this.projects = Objects.requireNonNull(projects, "projects");
    this.bucket = Objects.requireNonNull(bucket, "bucket");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public GovernFunctionResponse.Catalog publish(GovernFunctionRequest request) {
    RunRecord run = RunGovernor.run(state, request.runId());
    CompileResult compiled = projects.compile(request.snapshotKey(), request.config(), request.vars());
    Path scratch = scratch();
    try {
      SiteReport site = new CatalogSiteService(clock).generate(compiled, runs(run), null, scratch.resolve("site"));
      int files = bucket.upload(scratch.resolve("site"));
      return new GovernFunctionResponse.Catalog(bucket.bucket(), bucket.prefix(), bucket.prefix() + "index.html",
          site.pages(), files, site.bytes());
    } finally {
      delete(scratch);
    }
  }

  private static Path scratch() {
    try {
      return Files.createTempDirectory("rocky-catalog-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The recent runs, newest first, with this one whether or not the run index shows it yet. */
  private List<RunRecord> runs(RunRecord current) {
    List<RunRecord> runs = new ArrayList<>(List.of(current));
    state.recentRuns(RUNS).stream().filter(r -> !r.runId().equals(current.runId())).forEach(runs::add);
    runs.sort(Comparator.comparing(RunRecord::startedAt).reversed());
    return runs.subList(0, Math.min(RUNS, runs.size()));
  }

  private static void delete(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A warm function's /tmp is reused; a leftover is overwritten by the next site.
    }
  }
}
