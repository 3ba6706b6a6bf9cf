package dev.rocky.compiler;

import dev.rocky.core.project.Dialect;
import dev.rocky.core.project.SourceTable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What to compile and how.
 *
 * @param configFile project-relative path of rocky.toml
 * @param modelsDir models directory ({@code null}: {@code models})
 * @param contractsDir explicit contracts directory, or null
 * @param vars {@code --var name=value} bindings for {@code @var()}
 * @param extraSources schemas known from elsewhere (the warehouse catalog)
 * @param withSeed also read source schemas by running {@code data/seed.sql} in a scratch database
 * @param env the environment for {@code ${VAR}} substitution in TOML
 * @param threads worker threads for parsing and binding (at least 1)
 * @param targetDialect {@code --target-dialect}: P001 checks the models against it, over {@code [portability]}
 */
public record CompileOptions(
    String configFile,
    @Nullable String modelsDir,
    @Nullable String contractsDir,
    Map<String, String> vars,
    List<SourceTable> extraSources,
    boolean withSeed,
    Map<String, String> env,
    int threads,
    @Nullable Dialect targetDialect) {

  /** Without a {@code --target-dialect}. */
  public CompileOptions(String configFile, @Nullable String modelsDir, @Nullable String contractsDir,
      Map<String, String> vars, List<SourceTable> extraSources, boolean withSeed, Map<String, String> env, int threads) {
    this(configFile, modelsDir, contractsDir, vars, extraSources, withSeed, env, threads, null);
  }

  public CompileOptions {
    Objects.requireNonNull(configFile, "configFile");
    vars = Map.copyOf(vars);
    extraSources = List.copyOf(extraSources);
    env = Map.copyOf(env);
    threads = Math.max(1, threads);
  }

  public static CompileOptions defaults() {
    return new CompileOptions("rocky.toml", null, null, Map.of(), List.of(), false, System.getenv(),
        Runtime.getRuntime().availableProcessors());
  }

  public CompileOptions withVars(Map<String, String> bindings) {
    return new CompileOptions(configFile, modelsDir, contractsDir, bindings, extraSources, withSeed, env, threads, targetDialect);
  }

  public CompileOptions withSeed(boolean seed) {
    return new CompileOptions(configFile, modelsDir, contractsDir, vars, extraSources, seed, env, threads, targetDialect);
  }

  public CompileOptions withDirectories(String config, @Nullable String models, @Nullable String contracts) {
    return new CompileOptions(config, models, contracts, vars, extraSources, withSeed, env, threads, targetDialect);
  }

  public CompileOptions withThreads(int count) {
    return new CompileOptions(configFile, modelsDir, contractsDir, vars, extraSources, withSeed, env, count, targetDialect);
  }

  public CompileOptions withTargetDialect(@Nullable Dialect dialect) {
    return new CompileOptions(configFile, modelsDir, contractsDir, vars, extraSources, withSeed, env, threads, dialect);
  }
}
