package dev.rocky.cli.wiring;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code rocky compile}: load, resolve, type-check, check contracts and lint.
 *
 * @param config the absolute path of {@code rocky.toml}; the project root is its directory
 * @param models the models directory
 * @param contracts an explicit contracts directory, or null for contracts next to the models only
 * @param model restrict counts and diagnostics to this model, or null for all
 * @param withSeed load {@code data/seed.sql} into an in-memory DuckDB to type the raw tables
 * @param vars {@code --var name=value} bindings for {@code @var(name)}, in command-line order
 * @param withWarehouse describe undeclared tables on the target warehouse (and refresh the cache)
 * @param targetDialect {@code --target-dialect}: lint the models for portability to it (P001)
 */
public record CompileRequest(
    Path config, Path models, @Nullable Path contracts, @Nullable String model, boolean withSeed, Map<String, String> vars,
    boolean withWarehouse, dev.rocky.core.project.@Nullable Dialect targetDialect) {

  public CompileRequest(Path config, Path models, @Nullable Path contracts, @Nullable String model, boolean withSeed,
      Map<String, String> vars, boolean withWarehouse) {
    this(config, models, contracts, model, withSeed, vars, withWarehouse, null);
  }

  public CompileRequest {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(models, "models");
    vars = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(vars));
  }
}
