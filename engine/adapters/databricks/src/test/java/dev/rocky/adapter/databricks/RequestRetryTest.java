package dev.rocky.adapter.databricks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rocky.core.config.RetryConfig;
import dev.rocky.core.error.RockyException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RequestRetryTest {
  private final List<Duration> sleeps = new ArrayList<>();

  private RequestRetry retry(boolean jitter) {
    return new RequestRetry(new RetryConfig(3, 100L, 250L, 2.0, jitter, null, null, null), sleeps::add, () -> 0.0);
  }

  @Test
  void transientFailuresAreRepeatedWithCappedExponentialBackoff() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    String result = retry(false).run(() -> {
      if (calls.incrementAndGet() < 4) {
        throw new RockyException(DatabricksErrorCode.DATABRICKS_UNAVAILABLE, "down");
      }
      return "up";
    }, RequestRetry.Listener.NONE);

    assertThat(result).isEqualTo("up");
    assertThat(sleeps).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(250));
  }

  @Test
  void aPermanentFailureIsNeverRepeated() {
    AtomicInteger calls = new AtomicInteger();
    assertThatThrownBy(() -> retry(false).run(() -> {
      calls.incrementAndGet();
      throw new RockyException(DatabricksErrorCode.DATABRICKS_SYNTAX_ERROR, "bad");
    }, RequestRetry.Listener.NONE)).isInstanceOf(RockyException.class);
    assertThat(calls).hasValue(1);
    assertThat(sleeps).isEmpty();
  }

  @Test
  void theLastTransientFailureIsRethrownAfterMaxRetriesAndEachIsHeard() {
    List<RockyException> heard = new ArrayList<>();
    assertThatThrownBy(() -> retry(false).run(() -> {
      throw new RockyException(DatabricksErrorCode.DATABRICKS_THROTTLED, "slow down");
    }, heard::add)).hasMessage("slow down");
    assertThat(heard).hasSize(4);
    assertThat(sleeps).hasSize(3);
  }

  @Test
  void jitterShortensAPauseByUpToHalf() {
    assertThat(retry(true).backoff(0)).isEqualTo(Duration.ofMillis(50));
  }
}
