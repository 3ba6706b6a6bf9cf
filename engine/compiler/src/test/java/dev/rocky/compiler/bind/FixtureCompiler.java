package dev.rocky.compiler.bind;

import dev.rocky.compiler.CompileOptions;
import dev.rocky.compiler.CompileResult;
import dev.rocky.compiler.Compiler;
import dev.rocky.core.port.CacheStore;
import dev.rocky.testkit.TestProjects;
import java.util.Map;
import java.util.TreeMap;

/** Compiles a fixture project from the testkit with the real compiler (loader, DAG, binder, checks). */
final class FixtureCompiler {
  private FixtureCompiler() {}

  static CompileResult compile(String fixture, int threads) {
    CompileOptions options = CompileOptions.defaults().withThreads(threads);
    return new Compiler(CacheStore.NONE, null).compile(TestProjects.open(fixture),
        new CompileOptions(options.configFile(), null, null, Map.of(), java.util.List.of(), false, Map.of(), threads));
  }

  /** The binder's analyses by model name, sorted. */
  static Map<String, ModelAnalysis> bindAll(String fixture, boolean parallel) {
    return new TreeMap<>(compile(fixture, parallel ? 4 : 1).analyses());
  }
}
