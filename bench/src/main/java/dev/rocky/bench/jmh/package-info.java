/**
 * JMH microbenchmarks of the compiler's phases (load, parse, DAG, bind, the whole compile, and a
 * recompile with the cache warm) on a generated project, in a warm JVM. They complement
 * {@code bench/run.sh}, which measures whole processes: a phase that is slow here is slow code; a
 * phase that is fast here but slow in a cold process is JIT and start-up. Run with
 * {@code bench/jmh.sh}.
 */
@NullMarked
package dev.rocky.bench.jmh;

import org.jspecify.annotations.NullMarked;
