package dev.rocky.fn.compile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.core.memory.MemoryArtifactStore;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The bundled priming project compiles cleanly through a whole invocation, and so does the hook. */
class CompilePrimingTest {

  @Test
  void theBundledProjectCompilesWithoutErrorsIntoTwoLayers() {
    CompileResponse response = CompilePriming.run();

    assertThat(response.hasErrors()).as("priming diagnostics").isFalse();
    assertThat(response.warnings()).isZero();
    assertThat(response.layers()).isEqualTo(List.of(List.of("stg_orders"), List.of("fct_daily_revenue")));
  }

  @Test
  void theCheckpointHookCompilesThenPrimesTheClientsOnce() {
    MemoryArtifactStore store = new MemoryArtifactStore();
    AtomicInteger clientCalls = new AtomicInteger();
    CompileHandler handler = new CompileHandler(
        new CompileWiring(CompileWiring.inMemory(store).compiler(), clientCalls::incrementAndGet));

    handler.beforeCheckpoint(null);

    assertThat(clientCalls).hasValue(1);
  }
}
