package dev.rocky.bench.jmh;

import dev.rocky.compiler.Compiler;
import dev.rocky.store.local.DirectoryCacheStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The workload's compile cache, filled by one compile before the measurement, and one model whose
 * text changes before each recompile, as a person saving an edit.
 */
@State(Scope.Benchmark)
public class WarmCache {
  DirectoryCacheStore cache;
  Path edited;
  String original;
  int edits;

  @Setup(Level.Trial)
  public void fill(CompilerWorkload w) throws IOException {
    cache = new DirectoryCacheStore(w.dir.resolve(".rocky/cache"));
    new Compiler(cache, null).compile(w.source, w.options());
    edited = w.dir.resolve(w.project.models().get(w.project.models().size() - 1).sqlFile());
    original = Files.readString(edited);
  }

  /** Appends a different comment to the model before each recompile. */
  @Setup(Level.Invocation)
  public void edit() throws IOException {
    Files.writeString(edited, original + "\n-- edit " + ++edits + "\n");
  }
}
