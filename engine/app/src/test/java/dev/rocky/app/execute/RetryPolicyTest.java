package dev.rocky.app.execute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
  final RetryPolicy policy = new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(5), 0.5);

  @Test
  void backoffDoublesUpToItsCap() {
    assertThat(policy.backoff(1, 0)).isEqualTo(Duration.ofSeconds(1));
    assertThat(policy.backoff(2, 0)).isEqualTo(Duration.ofSeconds(2));
    assertThat(policy.backoff(3, 0)).isEqualTo(Duration.ofSeconds(4));
    assertThat(policy.backoff(4, 0)).isEqualTo(Duration.ofSeconds(5));
    assertThat(policy.backoff(60, 0)).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void jitterTakesAtMostItsFractionOff() {
    assertThat(policy.backoff(2, 0.999_999)).isEqualTo(Duration.ofSeconds(1));
    assertThat(policy.backoff(2, 0.5)).isEqualTo(Duration.ofMillis(1500));
    assertThat(new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(1), 0).backoff(1, 0.9))
        .isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void refusesNonsense() {
    assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO, 0)).hasMessageContaining("maxAttempts");
    assertThatThrownBy(() -> new RetryPolicy(2, Duration.ofSeconds(2), Duration.ofSeconds(1), 0))
        .hasMessageContaining("backoff");
    assertThatThrownBy(() -> new RetryPolicy(2, Duration.ZERO, Duration.ZERO, 1.5)).hasMessageContaining("jitter");
    assertThatThrownBy(() -> policy.backoff(0, 0)).hasMessageContaining("1-based");
  }

  @Test
  void rockysDefaultIsTwoRetries() {
    assertThat(RetryPolicy.DEFAULT.maxAttempts()).isEqualTo(3);
    assertThat(RetryPolicy.NONE.maxAttempts()).isEqualTo(1);
  }
}
