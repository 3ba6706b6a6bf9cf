package dev.rocky.fn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.core.error.RockyException;
import dev.rocky.core.state.StoreErrorCode;
import org.junit.jupiter.api.Test;

/** Failures become the four typed errors; only transient ones are retried. */
class RockyFunctionErrorTest {

  @Test
  void transientCodesBecomeTheRetryableError() {
    RockyFunctionError busy = RockyFunctionError.of(new RockyException(StoreErrorCode.STATE_BUSY, "throttled"));

    assertThat(busy).isInstanceOf(RockyTransientError.class).hasMessage("STATE_BUSY: throttled");
    assertThat(busy.isTransient()).isTrue();
    assertThat(busy.code()).isEqualTo("STATE_BUSY");
    assertThat(RockyFunctionError.of(FunctionErrorCode.EXECUTION_IN_FLIGHT, "running", null)).isInstanceOf(RockyTransientError.class);
  }

  @Test
  void otherCodesAreTypedByWhoseProblemTheyAre() {
    assertThat(RockyFunctionError.of(new RockyException(FunctionErrorCode.SNAPSHOT_NOT_FOUND, "gone")))
        .isInstanceOf(RockyUserError.class);
    assertThat(RockyFunctionError.of(new RockyException(StoreErrorCode.ARTIFACT_CORRUPT, "bad bytes")))
        .isInstanceOf(RockyExternalError.class);
    assertThat(RockyFunctionError.of(new RockyException(FunctionErrorCode.CONFIGURATION_MISSING, "no table")))
        .isInstanceOf(RockyInternalError.class);
  }

  @Test
  void anythingElseIsABugOfOursAndATypedErrorStaysAsItIs() {
    RockyFunctionError npe = RockyFunctionError.of(new NullPointerException("x"));
    assertThat(npe).isInstanceOf(RockyInternalError.class).hasMessageContaining("java.lang.NullPointerException: x");
    RockyUserError user = new RockyUserError("REQUEST_INVALID", "no", null);
    assertThat(RockyFunctionError.of(user)).isSameAs(user);
  }

  @Test
  void theStateMachineMatchesTheseExactClassNames() {
    assertThat(RockyTransientError.class.getName()).isEqualTo("dev.rocky.fn.RockyTransientError");
    assertThat(RockyUserError.class.getName()).isEqualTo("dev.rocky.fn.RockyUserError");
    assertThat(RockyExternalError.class.getName()).isEqualTo("dev.rocky.fn.RockyExternalError");
    assertThat(RockyInternalError.class.getName()).isEqualTo("dev.rocky.fn.RockyInternalError");
  }
}
