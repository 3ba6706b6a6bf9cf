package dev.rocky.cli.serve;

import dev.rocky.adapter.duckdb.DuckDbSeedCatalog;
import dev.rocky.app.api.ProjectBackend;
import dev.rocky.app.catalog.CachedSourceCatalog;
import dev.rocky.app.compile.CompileService;
import dev.rocky.cli.run.ProjectPaths;
import dev.rocky.compiler.CompileResult;
import dev.rocky.core.port.CacheStore;
import dev.rocky.store.local.DirectoryCacheStore;
import dev.rocky.store.local.DirectoryProjectSource;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * The project on disk, compiled as {@code rocky compile} compiles it (offline: tables nothing
 * declares are typed from what the warehouse said within a day), on every request: edits show up
 * without a restart, and the compile cache under {@code .rocky/cache} keeps it quick. One compile at
 * a time, so two requests do not race on the cache.
 */
final class LocalProject implements ProjectBackend {
  private static final Duration SCHEMA_TTL = Duration.ofHours(24);

  private final ProjectPaths paths;
  private final Clock clock;

  LocalProject(ProjectPaths paths, Clock clock) {
    this.paths = paths;
    this.clock = clock;
  }

  @Override
  public synchronized CompileResult compile(Map<String, String> vars) {
    CacheStore cache = DirectoryCacheStore.ofProject(paths.root());
    CachedSourceCatalog schemas = new CachedSourceCatalog(null, cache, clock, SCHEMA_TTL);
    return new CompileService(cache, new DuckDbSeedCatalog(), schemas)
        .compile(new DirectoryProjectSource(paths.root()), paths.compileOptions(vars));
  }
}
