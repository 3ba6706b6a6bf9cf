package dev.rocky.fn.execute;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.core.run.ModelStatus;
import dev.rocky.core.memory.MemoryArtifactStore;
import dev.rocky.core.memory.MemoryStateStore;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Priming runs whole invocations, the replay path included, and the hook touches no real store. */
class ExecutePrimingTest {

  @Test
  void primingRunsBothModelsThenReplaysOne() {
    List<ExecuteModelResponse> responses = ExecutePriming.run();

    assertThat(responses).extracting(ExecuteModelResponse::status).containsOnly(ModelStatus.SUCCESS);
    assertThat(responses).extracting(ExecuteModelResponse::replayed).containsExactly(false, false, true);
    assertThat(responses.get(1).rowsAffected()).isEqualTo(1L);
  }

  @Test
  void theCheckpointHookRunsInMemoryThenPrimesEachClientOnceWithoutOpeningTheWarehouse() {
    AtomicInteger clientCalls = new AtomicInteger();
    AtomicInteger warehouseOpened = new AtomicInteger();
    ExecuteWiring real = ExecuteWiring.of(() -> {
      warehouseOpened.incrementAndGet();
      throw new AssertionError("the warehouse opens on the first invocation, not before the snapshot");
    }, new MemoryStateStore(Clock.systemUTC()), new MemoryArtifactStore(), Clock.systemUTC());

    new ExecuteHandler(new ExecuteWiring(real.executor(), clientCalls::incrementAndGet)).beforeCheckpoint(null);

    assertThat(clientCalls).hasValue(1);
    assertThat(warehouseOpened).hasValue(0);
  }
}
