package dev.rocky.app.compile;

import dev.rocky.compiler.CompileOptions;
import dev.rocky.compiler.CompileResult;
import dev.rocky.compiler.Compiler;
import dev.rocky.compiler.cost.CostProjections;
import dev.rocky.core.port.CacheStore;
import dev.rocky.core.port.ProjectSource;
import dev.rocky.core.port.SeedCatalog;
import dev.rocky.core.port.SourceCatalog;
import org.jspecify.annotations.Nullable;

/** Compiles a project: the one entry point the CLI and the compile function share. */
public final class CompileService {
  private final Compiler compiler;

  public CompileService(CacheStore cache, @Nullable SeedCatalog seeds) {
    this(cache, seeds, SourceCatalog.NONE);
  }

  /** {@code warehouse} types tables the models read but nothing declares (see CachedSourceCatalog). */
  public CompileService(CacheStore cache, @Nullable SeedCatalog seeds, SourceCatalog warehouse) {
    this(cache, seeds, warehouse, CostProjections.NONE);
  }

  /** {@code costs}: what models are expected to cost, for E027 (see {@code dev.rocky.app.cost.CostHistory}). */
  public CompileService(CacheStore cache, @Nullable SeedCatalog seeds, SourceCatalog warehouse, CostProjections costs) {
    this.compiler = new Compiler(cache, seeds, warehouse, costs);
  }

  public CompileResult compile(ProjectSource project, CompileOptions options) {
    return compiler.compile(project, options);
  }
}
