package dev.rocky.fn.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.rocky.core.error.RockyException;
import dev.rocky.core.state.StoreErrorCode;
import dev.rocky.fn.RockyTransientError;
import dev.rocky.fn.RockyUserError;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Decode, handle, encode; failures leave typed. */
class JsonStreamHandlerTest {
  record Greeting(@JsonProperty("name") String name, @JsonProperty("at") @Nullable Instant at) {
    Greeting {
      Objects.requireNonNull(name, "name");
    }
  }

  record Reply(@JsonProperty("text") String text, @JsonProperty("asked_at") @Nullable Instant askedAt) {}

  static final class Hello extends JsonStreamHandler<Greeting, Reply> {
    Hello() {
      super(Greeting.class);
    }

    @Override
    protected Reply handle(Greeting request, Invocation invocation) {
      if (request.name().equals("busy")) {
        throw new RockyException(StoreErrorCode.STATE_BUSY, "throttled");
      }
      return new Reply("hello " + request.name(), request.at());
    }
  }

  private static String call(String payload) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new Hello().handleRequest(new ByteArrayInputStream(payload.getBytes(StandardCharsets.UTF_8)), out, null);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aPayloadIsDecodedHandledAndEncoded() throws Exception {
    assertThat(call("{\"name\":\"ada\",\"at\":\"2026-03-01T10:00:00.5Z\",\"extra\":1}"))
        .isEqualTo("{\"text\":\"hello ada\",\"asked_at\":\"2026-03-01T10:00:00.500Z\"}");
    assertThat(call("{\"name\":\"ada\"}")).isEqualTo("{\"text\":\"hello ada\"}");
  }

  @Test
  void aBadPayloadIsTheCallersError() {
    assertThatThrownBy(() -> call("{\"at\":\"yesterday\"}")).isInstanceOfSatisfying(RockyUserError.class,
        e -> assertThat(e.code()).isEqualTo("REQUEST_INVALID"));
    assertThatThrownBy(() -> call("{}")).isInstanceOf(RockyUserError.class).hasMessageContaining("name");
    assertThatThrownBy(() -> call("not json")).isInstanceOf(RockyUserError.class);
  }

  @Test
  void failuresOfTheWorkLeaveTyped() {
    assertThatThrownBy(() -> call("{\"name\":\"busy\"}")).isInstanceOf(RockyTransientError.class)
        .hasMessage("STATE_BUSY: throttled");
  }
}
