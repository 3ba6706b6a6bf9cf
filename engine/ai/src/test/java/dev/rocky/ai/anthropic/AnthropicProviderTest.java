package dev.rocky.ai.anthropic;

import static dev.rocky.ai.emulator.MessagesApiEmulator.answer;
import static dev.rocky.ai.emulator.MessagesApiEmulator.error;
import static dev.rocky.ai.emulator.MessagesApiEmulator.raw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rocky.ai.RetryPolicy;
import dev.rocky.ai.emulator.MessagesApiEmulator;
import dev.rocky.core.ai.AiErrorCode;
import dev.rocky.core.ai.AiException;
import dev.rocky.core.ai.AiMessage;
import dev.rocky.core.ai.AiReply;
import dev.rocky.core.ai.AiRequest;
import dev.rocky.core.config.Secret;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AnthropicProviderTest {
  private static final String KEY = "sk-ant-test-KEY-7f3a9c";
  private final MessagesApiEmulator api = MessagesApiEmulator.start();
  private final List<Duration> sleeps = new ArrayList<>();

  @AfterEach
  void stop() {
    api.close();
  }

  private AnthropicProvider provider(int retries, Duration timeout) {
    return new AnthropicProvider(URI.create(api.baseUrl() + "/"), Secret.of(KEY), "claude-test", timeout,
        new RetryPolicy(retries, Duration.ofSeconds(1), sleeps::add));
  }

  private static AiRequest request() {
    return new AiRequest("be brief", List.of(AiMessage.user("first"), AiMessage.assistant("answer"),
        AiMessage.user("again")), 321);
  }

  @Test
  void sendsTheMessagesApiShapeWithTheKeyOnlyInItsHeader() {
    api.script(answer("hello"));

    AiReply reply = provider(0, Duration.ofSeconds(5)).complete(request());

    assertThat(reply.text()).isEqualTo("hello");
    assertThat(reply.stopReason()).isEqualTo("end_turn");
    var sent = api.requests().getFirst();
    assertThat(sent.getHeader("x-api-key")).isEqualTo(KEY);
    assertThat(sent.getHeader("anthropic-version")).isEqualTo("2023-06-01");
    assertThat(sent.getHeader("content-type")).isEqualTo("application/json");
    JsonNode body = api.bodies().getFirst();
    assertThat(body.path("model").asText()).isEqualTo("claude-test");
    assertThat(body.path("max_tokens").asInt()).isEqualTo(321);
    assertThat(body.path("system").asText()).isEqualTo("be brief");
    assertThat(body.path("messages").findValuesAsText("role")).containsExactly("user", "assistant", "user");
    assertThat(body.path("messages").findValuesAsText("content")).containsExactly("first", "answer", "again");
    assertThat(body.toString()).doesNotContain(KEY);
  }

  @Test
  void a429IsRetriedAfterWhatRetryAfterSays() {
    api.script(error(429, "rate_limit_error", "slow down", Map.of("retry-after", "7")), answer("done"));

    AiReply reply = provider(3, Duration.ofSeconds(5)).complete(request());

    assertThat(reply.text()).isEqualTo("done");
    assertThat(api.requests()).hasSize(2);
    assertThat(sleeps).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void a5xxIsRetriedWithBackoffAndThenReported() {
    api.script(error(529, "overloaded_error", "Overloaded", Map.of()));

    AiException e = catchThrowableOfType(AiException.class, () -> provider(2, Duration.ofSeconds(5)).complete(request()));

    assertThat(e.code()).isEqualTo(AiErrorCode.AI_UNAVAILABLE);
    assertThat(e.getMessage()).contains("529").contains("Overloaded").contains("3 attempts");
    assertThat(api.requests()).hasSize(3);
    assertThat(sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
  }

  @Test
  void aRejectedRequestIsNotRetriedAndNeverShowsTheKey() {
    api.script(error(401, "authentication_error", "invalid x-api-key " + KEY, Map.of()));

    AiException e = catchThrowableOfType(AiException.class, () -> provider(3, Duration.ofSeconds(5)).complete(request()));

    assertThat(e.code()).isEqualTo(AiErrorCode.AI_REQUEST_REJECTED);
    assertThat(e.getMessage()).contains("401").contains("invalid x-api-key ***").doesNotContain(KEY);
    assertThat(e.hint()).contains("ANTHROPIC_API_KEY");
    assertThat(api.requests()).hasSize(1);
  }

  @Test
  void aBodyOfAnotherShapeIsAMalformedResponse() {
    api.script(raw(200, "<html>gateway</html>"));
    AiException notJson = catchThrowableOfType(AiException.class, () -> provider(0, Duration.ofSeconds(5)).complete(request()));
    api.script(raw(200, "{\"content\": [{\"type\": \"tool_use\"}]}"));
    AiException noText = catchThrowableOfType(AiException.class, () -> provider(0, Duration.ofSeconds(5)).complete(request()));

    assertThat(notJson.code()).isEqualTo(AiErrorCode.AI_MALFORMED_RESPONSE);
    assertThat(notJson.getMessage()).contains("not JSON");
    assertThat(noText.code()).isEqualTo(AiErrorCode.AI_MALFORMED_RESPONSE);
    assertThat(noText.getMessage()).contains("without any text block");
  }

  @Test
  void noAnswerWithinTheTimeoutIsUnavailable() {
    api.script(answer("late"));
    api.delayAll(3_000);

    AiException e = catchThrowableOfType(AiException.class, () -> provider(0, Duration.ofSeconds(1)).complete(request()));

    assertThat(e.code()).isEqualTo(AiErrorCode.AI_UNAVAILABLE);
    assertThat(e.getMessage()).contains("within 1s");
  }
}
