package dev.rocky.core.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.core.error.ErrorCode;
import dev.rocky.core.error.ErrorType;
import dev.rocky.core.error.RockyException;
import org.junit.jupiter.api.Test;

class FailuresTest {
  private record Plain(ErrorType type) implements ErrorCode {
    @Override
    public String name() {
      return "PLAIN";
    }
  }

  private record Classified(boolean isTransient, FailureKind failureKind) implements ClassifiedErrorCode {
    @Override
    public String name() {
      return "CLASSIFIED";
    }

    @Override
    public Classification classification() {
      return new Classification(ErrorType.EXTERNAL, isTransient, failureKind);
    }
  }

  @Test
  void aClassifiedCodeDecides() {
    RockyException lock = new RockyException(new Classified(true, FailureKind.TRANSIENT), "lock conflict");
    RockyException missing = new RockyException(new Classified(false, FailureKind.NOT_FOUND), "no table");

    assertThat(Failures.isTransient(lock)).isTrue();
    assertThat(Failures.failureClass(missing)).isEqualTo(FailureClass.PERMANENT);
    assertThat(Failures.kind(missing)).isEqualTo(FailureKind.NOT_FOUND);
  }

  @Test
  void otherwiseTheErrorTypeDecidesAndAnythingElseIsUnknown() {
    assertThat(Failures.failureClass(new RockyException(new Plain(ErrorType.INSUFFICIENT_RESOURCES), "oom"))).isEqualTo(FailureClass.TRANSIENT);
    assertThat(Failures.kind(new RockyException(new Plain(ErrorType.INSUFFICIENT_RESOURCES), "oom"))).isEqualTo(FailureKind.QUOTA_EXCEEDED);
    assertThat(Failures.failureClass(new RockyException(new Plain(ErrorType.USER_ERROR), "bad"))).isEqualTo(FailureClass.PERMANENT);
    assertThat(Failures.failureClass(new RockyException(new Plain(ErrorType.EXTERNAL), "?"))).isEqualTo(FailureClass.UNKNOWN);
    assertThat(Failures.failureClass(new IllegalStateException())).isEqualTo(FailureClass.UNKNOWN);
    assertThat(Failures.kind(new IllegalStateException())).isEqualTo(FailureKind.UNKNOWN);
    assertThat(FailureKind.QUERY_REJECTED.wireName()).isEqualTo("query-rejected");
  }
}
