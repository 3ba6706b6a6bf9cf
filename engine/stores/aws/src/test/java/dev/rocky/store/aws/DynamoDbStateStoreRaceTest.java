package dev.rocky.store.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.core.run.ModelExecution;
import dev.rocky.core.state.LeaseHeldException;
import dev.rocky.core.state.ModelCommit;
import dev.rocky.core.state.Watermark;
import dev.rocky.core.state.WatermarkAdvance;
import dev.rocky.store.aws.testing.LocalAws;
import dev.rocky.testkit.contract.StateFixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Writers that race as separate Lambda containers would: each store has a client of its own, and
 * a latch releases them together. DynamoDB's conditions decide every race.
 */
class DynamoDbStateStoreRaceTest {
  private static final String TABLE = LocalAws.newStateTable();
  private static final Duration TTL = Duration.ofMinutes(15);
  private static final ExecutorService POOL = Executors.newFixedThreadPool(8);

  @AfterAll
  static void stopPool() {
    POOL.shutdownNow();
  }

  private static DynamoDbStateStore store(DynamoDbClient client, String namespace) {
    return DynamoDbStateStore.builder().withClient(client).withTableName(TABLE).withNamespace(namespace).build();
  }

  @Test
  void twoRunsRacingForOneLeaseHaveExactlyOneWinner() throws Exception {
    try (DynamoDbClient a = LocalAws.dynamoDbClients().dynamoDb(); DynamoDbClient b = LocalAws.dynamoDbClients().dynamoDb()) {
      for (int round = 0; round < 20; round++) {
        String namespace = LocalAws.unique("lease-race-");
        DynamoDbStateStore first = store(a, namespace);
        DynamoDbStateStore second = store(b, namespace);

        List<Object> outcomes = together(
            () -> acquire(first, "run-a"),
            () -> acquire(second, "run-b"));

        assertThat(outcomes).filteredOn(o -> o instanceof String).hasSize(1);
        String winner = (String) outcomes.stream().filter(o -> o instanceof String).findFirst().orElseThrow();
        LeaseHeldException refused = (LeaseHeldException) outcomes.stream()
            .filter(o -> o instanceof LeaseHeldException).findFirst().orElseThrow();
        assertThat(refused.holder().owner()).isEqualTo(winner);
        assertThat(first.currentLease()).hasValueSatisfying(l -> assertThat(l.owner()).isEqualTo(winner));
      }
    }
  }

  private static Object acquire(DynamoDbStateStore store, String owner) {
    try {
      return store.acquireLease(owner, TTL).owner();
    } catch (LeaseHeldException e) {
      return e;
    }
  }

  @Test
  void racingAdvancesNeverMoveAWatermarkBack() throws Exception {
    String namespace = LocalAws.unique("watermark-race-");
    Instant base = Instant.parse("2026-03-01T00:00:00Z");
    List<Instant> values = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      values.add(base.plusSeconds(i * 60L));
    }
    Collections.shuffle(values, new Random(42));
    DynamoDbStateStore reader = store(LocalAws.dynamoDb(), namespace);
    AtomicBoolean wentBack = new AtomicBoolean();
    AtomicBoolean done = new AtomicBoolean();
    Future<?> watcher = POOL.submit(() -> {
      Instant last = Instant.MIN;
      while (!done.get()) {
        Instant seen = reader.watermark("db.raw.events").map(Watermark::lastValue).orElse(Instant.MIN);
        if (seen.isBefore(last)) {
          wentBack.set(true);
        }
        last = seen;
      }
    });

    List<Callable<Object>> writers = new ArrayList<>();
    for (int w = 0; w < 4; w++) {
      List<Instant> mine = values.subList(w * 16, (w + 1) * 16);
      writers.add(() -> {
        try (DynamoDbClient client = LocalAws.dynamoDbClients().dynamoDb()) {
          DynamoDbStateStore store = store(client, namespace);
          for (Instant v : mine) {
            store.advanceWatermark("db.raw.events", new Watermark(v, v));
          }
        }
        return "done";
      });
    }
    together(writers);
    done.set(true);
    watcher.get();

    assertThat(wentBack).isFalse();
    assertThat(reader.watermark("db.raw.events")).hasValueSatisfying(
        w -> assertThat(w.lastValue()).isEqualTo(Collections.max(values)));
  }

  @Test
  void racingCommitsOfOneRunKeepEveryModelAndTheLatestWatermark() throws Exception {
    String namespace = LocalAws.unique("commit-race-");
    Instant t0 = StateFixtures.T0;
    String run = StateFixtures.runId(t0);
    List<Callable<Object>> committers = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      int index = i;
      committers.add(() -> {
        try (DynamoDbClient client = LocalAws.dynamoDbClients().dynamoDb()) {
          ModelExecution execution = StateFixtures.succeeded("model_" + index, t0);
          Instant value = t0.plusSeconds(index);
          store(client, namespace).commitModelResult(ModelCommit.of(run, execution,
              new WatermarkAdvance("db.marts.shared", new Watermark(value, value))));
        }
        return "done";
      });
    }
    together(committers);

    DynamoDbStateStore store = store(LocalAws.dynamoDb(), namespace);
    assertThat(store.modelExecutions(run)).extracting(ModelExecution::modelName).hasSize(8).doesNotHaveDuplicates();
    assertThat(store.watermark("db.marts.shared")).hasValueSatisfying(
        w -> assertThat(w.lastValue()).isEqualTo(t0.plusSeconds(7)));
  }

  @SafeVarargs
  private static List<Object> together(Callable<Object>... tasks) throws Exception {
    return together(List.of(tasks));
  }

  /** Starts every task at the same moment and collects their results in order. */
  private static List<Object> together(List<Callable<Object>> tasks) throws Exception {
    CountDownLatch ready = new CountDownLatch(tasks.size());
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Object>> futures = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
    try {
      for (Callable<Object> task : tasks) {
        futures.add(pool.submit(() -> {
          ready.countDown();
          go.await();
          return task.call();
        }));
      }
      ready.await();
      go.countDown();
      List<Object> results = new ArrayList<>();
      for (Future<Object> f : futures) {
        results.add(f.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
