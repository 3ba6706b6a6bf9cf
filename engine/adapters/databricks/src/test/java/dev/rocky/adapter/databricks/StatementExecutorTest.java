package dev.rocky.adapter.databricks;

import dev.rocky.core.config.Secret;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.databricks.sdk.service.sql.ServiceErrorCode;
import com.databricks.sdk.service.sql.StatementState;
import dev.rocky.core.config.RetryConfig;
import dev.rocky.core.error.RockyException;
import dev.rocky.core.run.Failures;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The submit/poll/fetch/cancel loop against a scripted client and a fake clock: no network, no sleeping. */
class StatementExecutorTest {
  private final FakeStatementClient client = new FakeStatementClient();
  private final AtomicLong now = new AtomicLong();
  private final List<Duration> sleeps = new ArrayList<>();
  private final Sleeper sleeper = d -> {
    sleeps.add(d);
    now.addAndGet(d.toNanos());
  };

  private DatabricksAdapter adapter(Duration timeout, int concurrency) {
    DatabricksConfig config = new DatabricksConfig(URI.create("https://example.cloud.databricks.com"), "wh1", "main", null,
        new DatabricksAuth.Pat(Secret.of("dapi00000000000000000000000000000000")), timeout,
        new RetryConfig(2, 100L, 1000L, 2.0, false, null, null, null),
        new DatabricksConfig.Tuning(Duration.ZERO, Duration.ofMillis(100), Duration.ofMillis(400), concurrency, 16));
    return DatabricksAdapter.create(config, () -> client, sleeper, now::get, () -> 0.5);
  }

  @Test
  void pollsWithGrowingCappedPausesThenReadsEveryChunk() {
    client.then(FakeStatementClient.state(StatementState.PENDING)).then(FakeStatementClient.state(StatementState.RUNNING))
        .then(FakeStatementClient.state(StatementState.RUNNING)).then(FakeStatementClient.state(StatementState.RUNNING))
        .then(FakeStatementClient.rows(List.of(List.of("1"), List.of("2")), 1L, "n"));
    client.chunks.put(1L, FakeStatementClient.data(List.of(List.of("3")), 2L));
    client.chunks.put(2L, FakeStatementClient.data(List.of(List.of("4")), null));

    assertThat(adapter(Duration.ofMinutes(1), 4).query("SELECT n").rows())
        .containsExactly(List.of(1L), List.of(2L), List.of(3L), List.of(4L));
    assertThat(sleeps).containsExactly(Duration.ofMillis(100), Duration.ofMillis(150), Duration.ofMillis(225),
        Duration.ofNanos(337_500_000));
    assertThat(client.polled).hasSize(4).containsOnly("s-1");
  }

  @Test
  void theTimeoutCancelsTheStatementOnTheServer() {
    client.then(FakeStatementClient.state(StatementState.PENDING));

    assertThatThrownBy(() -> adapter(Duration.ofSeconds(1), 4).execute("SELECT 1"))
        .isInstanceOfSatisfying(RockyException.class, e ->
            assertThat(e.code()).isEqualTo(DatabricksErrorCode.DATABRICKS_STATEMENT_TIMEOUT));
    assertThat(client.cancelled).containsExactly("s-1");
    assertThat(sleeps.stream().reduce(Duration.ZERO, Duration::plus)).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void resourceExhaustedHalvesTheLimitAndIsTransientWithoutResubmitting() {
    client.then(FakeStatementClient.failed(ServiceErrorCode.RESOURCE_EXHAUSTED, "warehouse queue is full"));
    DatabricksAdapter adapter = adapter(Duration.ofMinutes(1), 8);

    assertThatThrownBy(() -> adapter.execute("SELECT 1")).isInstanceOfSatisfying(RockyException.class, e -> {
      assertThat(e.code()).isEqualTo(DatabricksErrorCode.DATABRICKS_THROTTLED);
      assertThat(Failures.isTransient(e)).isTrue();
    });
    assertThat(adapter.concurrencyLimit()).isEqualTo(4);
    assertThat(client.submitted).hasSize(1);
  }

  @Test
  void aStatusPollThatFailsTransientlyIsRepeatedNotTheStatement() {
    client.then(FakeStatementClient.state(StatementState.RUNNING)).then(FakeStatementClient.http(503, "TEMPORARILY_UNAVAILABLE"))
        .then(FakeStatementClient.rows(List.of(List.of("5")), null, "n"));

    assertThat(adapter(Duration.ofMinutes(1), 4).query("SELECT 5").single()).isEqualTo(5L);
    assertThat(client.submitted).hasSize(1);
    assertThat(client.polled).hasSize(2);
  }

  @Test
  void aTruncatedResultIsRefused() {
    client.then(FakeStatementClient.rows(List.of(List.of("1")), null, "n"));
    client.answers.peekLast();
    ((com.databricks.sdk.service.sql.StatementResponse) client.answers.peekLast()).getManifest().setTruncated(true);

    assertThatThrownBy(() -> adapter(Duration.ofMinutes(1), 4).query("SELECT n")).isInstanceOfSatisfying(RockyException.class,
        e -> assertThat(e.code()).isEqualTo(DatabricksErrorCode.DATABRICKS_RESULT_TOO_LARGE));
  }

  @Test
  void cancelRunningCancelsWhatIsInFlight() throws Exception {
    DatabricksAdapter adapter = adapter(Duration.ofHours(1), 4);
    Thread runner = Thread.ofVirtual().start(() -> {
      try {
        adapter.execute("SELECT pg_sleep(1000)");
      } catch (RockyException expected) {
        assertThat(expected.code()).isEqualTo(DatabricksErrorCode.DATABRICKS_CANCELLED);
      }
    });
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (client.submitted.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    adapter.cancelRunning();
    runner.join(5000);

    assertThat(runner.isAlive()).isFalse();
    assertThat(client.cancelled).contains("s-1");
  }
}
