package dev.rocky.compiler;

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
 * @param extraSources schemas known from elsewhere (a seed, the warehouse catalog)
 * @param env the environment for {@code ${VAR}} substitution in TOML
 * @param threads worker threads for parsing and binding (at least 1)
 */
public record CompileOptions(
    String configFile,
    @Nullable String modelsDir,
    @Nullable String contractsDir,
    Map<String, String> vars,
    List<SourceTable> extraSources,
    Map<String, String> env,
    int threads) {

  public CompileOptions {
    Objects.requireNonNull(configFile, "configFile");
    vars = Map.copyOf(vars);
    extraSources = List.copyOf(extraSources);
    env = Map.copyOf(env);
    threads = Math.max(1, threads);
  }

  public static CompileOptions defaults() {
    return new CompileOptions("rocky.toml", null, null, Map.of(), List.of(), System.getenv(),
        Runtime.getRuntime().availableProcessors());
  }

  public CompileOptions withExtraSources(List<SourceTable> sources) {
    return new CompileOptions(configFile, modelsDir, contractsDir, vars, sources, env, threads);
  }
}
