package dev.rocky.bench.jmh;

import dev.rocky.compiler.CompileResult;
import dev.rocky.compiler.Compiler;
import dev.rocky.store.local.DirectoryCacheStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A compile with the compile cache warm after one model's text changed: what an editor or
 * {@code rocky compile} in a loop pays per edit, without the JVM's start-up.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseSerialGC", "-Xmx2g"})
public class Recompile {

  /** The cache directory, filled by one compile before the measurement. */
  @State(Scope.Benchmark)
  public static class WarmCache {
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

    /** Appends a different comment to the model before each compile, as a person saving an edit. */
    @Setup(Level.Invocation)
    public void edit() throws IOException {
      Files.writeString(edited, original + "\n-- edit " + ++edits + "\n");
    }
  }

  @Benchmark
  public CompileResult oneModelEdited(CompilerWorkload w, WarmCache c) {
    return new Compiler(c.cache, null).compile(w.source, w.options());
  }
}
