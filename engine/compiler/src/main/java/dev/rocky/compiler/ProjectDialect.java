package dev.rocky.compiler;

import dev.rocky.core.config.AdapterConfig;
import dev.rocky.core.config.PipelineConfig;
import dev.rocky.core.config.RockyConfig;
import dev.rocky.core.config.TransformationPipeline;
import dev.rocky.core.project.Dialect;
import java.util.Optional;

/**
 * The SQL dialect a project's models are written in: that of the first transformation pipeline's
 * target adapter, else of the first data adapter, else DuckDB.
 */
final class ProjectDialect {
  private ProjectDialect() {}

  static Dialect of(RockyConfig config) {
    for (PipelineConfig p : config.pipelines().values()) {
      if (p instanceof TransformationPipeline t) {
        AdapterConfig adapter = config.adapters().get(t.targetAdapter());
        Optional<Dialect> d = adapter == null ? Optional.empty() : Dialect.ofAdapterType(adapter.type());
        if (d.isPresent()) {
          return d.get();
        }
      }
    }
    for (AdapterConfig a : config.adapters().values()) {
      Optional<Dialect> d = Dialect.ofAdapterType(a.type());
      if (d.isPresent()) {
        return d.get();
      }
    }
    return Dialect.DUCKDB;
  }
}
