package dev.rocky.compiler.lineage;

import dev.rocky.compiler.CompileOptions;
import dev.rocky.compiler.CompileResult;
import dev.rocky.compiler.Compiler;
import dev.rocky.core.port.CacheStore;
import dev.rocky.testkit.TestProjects;
import java.util.Map;

/** TEST-ONLY: compiles a fixture project with the real compiler (no cache, no seed, an empty environment). */
final class LineageFixtures {
  private LineageFixtures() {}

  static CompileResult compile(String project) {
    CompileOptions options = new CompileOptions("rocky.toml", null, null, Map.of(), java.util.List.of(), false, Map.of(), 2);
    return new Compiler(CacheStore.NONE, null).compile(TestProjects.open(project), options);
  }
}
