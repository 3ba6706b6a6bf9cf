package dev.rocky.adapter.databricks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AdaptiveConcurrencyTest {

  @Test
  void throttlingHalvesTheLimitDownToOne() {
    AdaptiveConcurrency c = new AdaptiveConcurrency(8, 16);
    c.onThrottle();
    assertThat(c.limit()).isEqualTo(4);
    c.onThrottle();
    c.onThrottle();
    c.onThrottle();
    assertThat(c.limit()).isEqualTo(1);
  }

  @Test
  void successesAddAboutOneSlotPerRoundUpToTheMaximum() {
    AdaptiveConcurrency c = new AdaptiveConcurrency(2, 3);
    c.onSuccess();
    c.onSuccess();
    assertThat(c.limit()).as("2 + 1/2 + 1/2.5").isEqualTo(2);
    c.onSuccess();
    assertThat(c.limit()).isEqualTo(3);
    for (int i = 0; i < 50; i++) {
      c.onSuccess();
    }
    assertThat(c.limit()).isEqualTo(3);
  }

  @Test
  void acquireWaitsForAFreeSlot() throws Exception {
    AdaptiveConcurrency c = new AdaptiveConcurrency(1, 4);
    c.acquire();
    CountDownLatch acquired = new CountDownLatch(1);
    Thread second = Thread.ofVirtual().start(() -> {
      try {
        c.acquire();
        acquired.countDown();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });

    assertThat(acquired.await(100, TimeUnit.MILLISECONDS)).isFalse();
    assertThat(c.inFlight()).isEqualTo(1);
    c.release();
    assertThat(acquired.await(2, TimeUnit.SECONDS)).isTrue();
    second.join();
  }
}
