package dev.rocky.bench.jmh;

import dev.rocky.compiler.CompileResult;
import dev.rocky.compiler.Compiler;
import dev.rocky.compiler.bind.ModelAnalysis;
import dev.rocky.compiler.dag.DagBuilder;
import dev.rocky.compiler.load.LoadResult;
import dev.rocky.compiler.sql.ParsedModel;
import dev.rocky.core.port.CacheStore;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Each phase of a compile over the whole generated project, one thread, warm JVM: the time per
 * operation divided by the number of models is the phase's cost per model.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseSerialGC", "-Xmx2g"})
public class CompilerPhases {

  /** rocky.toml, sources, sidecars and every model file, read and bound into a {@code Project}. */
  @Benchmark
  public LoadResult load(CompilerWorkload w) {
    return w.load();
  }

  /** Every model's SQL parsed (preprocessing, the parser, table references). */
  @Benchmark
  public Map<String, ParsedModel> parse(CompilerWorkload w) {
    return w.parse();
  }

  /** Model dependencies from the parsed references, and the DAG with its layers. */
  @Benchmark
  public DagBuilder.Result dag(CompilerWorkload w) {
    return w.dag(w.dependencies());
  }

  /** Types and column lineage of every model, upstream first. */
  @Benchmark
  public Map<String, ModelAnalysis> bind(CompilerWorkload w) {
    return w.bind();
  }

  /** The whole compile with no cache: load, parse, DAG, bind, contracts and project checks. */
  @Benchmark
  public CompileResult compile(CompilerWorkload w) {
    return new Compiler(CacheStore.NONE, null).compile(w.source, w.options());
  }

  /**
   * A compile with the compile cache warm after one model's text changed: what an editor or
   * {@code rocky watch} pays per edit, without the JVM's start-up.
   */
  @Benchmark
  public CompileResult recompile(CompilerWorkload w, WarmCache c) {
    return new Compiler(c.cache, null).compile(w.source, w.options());
  }
}
