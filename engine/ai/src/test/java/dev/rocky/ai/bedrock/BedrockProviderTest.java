package dev.rocky.ai.bedrock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.rocky.core.ai.AiErrorCode;
import dev.rocky.core.ai.AiException;
import dev.rocky.core.ai.AiMessage;
import dev.rocky.core.ai.AiReply;
import dev.rocky.core.ai.AiRequest;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bedrock's Converse API on WireMock, through the real SDK client: SigV4-signed with fake static credentials. */
class BedrockProviderTest {
  private static final String MODEL = "anthropic.claude-test-v1:0";
  private static final String SECRET = "fake/SECRET/key+4242";
  private static final String CONVERSE = "/model/anthropic.claude-test-v1%3A0/converse";
  private static final String REPLY = """
      {"output": {"message": {"role": "assistant", "content": [{"text": "SELECT 1"}]}},
       "stopReason": "end_turn", "usage": {"inputTokens": 5, "outputTokens": 3, "totalTokens": 8},
       "metrics": {"latencyMs": 12}}""";
  private WireMockServer server;

  @BeforeEach
  void start() {
    server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private BedrockProvider provider(int retries) {
    return BedrockProvider.create("eu-west-1", URI.create("http://127.0.0.1:" + server.port()),
        Map.of("AWS_ACCESS_KEY_ID", "AKIDFAKE", "AWS_SECRET_ACCESS_KEY", SECRET), Duration.ofSeconds(5), retries, MODEL);
  }

  private static AiRequest request() {
    return new AiRequest("system text", List.of(AiMessage.user("make a model")), 777);
  }

  @Test
  void conversesThroughTheSdkSignedWithTheStaticCredentials() throws Exception {
    server.stubFor(WireMock.post(WireMock.urlEqualTo(CONVERSE))
        .willReturn(WireMock.okJson(REPLY)));

    AiReply reply;
    try (BedrockProvider bedrock = provider(0)) {
      reply = bedrock.complete(request());
    }

    assertThat(reply.text()).isEqualTo("SELECT 1");
    assertThat(reply.stopReason()).isEqualTo("end_turn");
    LoggedRequest sent = server.findAll(WireMock.postRequestedFor(WireMock.urlEqualTo(CONVERSE))).getFirst();
    assertThat(sent.getHeader("Authorization"))
        .startsWith("AWS4-HMAC-SHA256 Credential=AKIDFAKE/")
        .contains("/eu-west-1/bedrock/aws4_request")
        .doesNotContain(SECRET);
    JsonNode body = new ObjectMapper().readTree(sent.getBodyAsString());
    assertThat(body.path("system").get(0).path("text").asText()).isEqualTo("system text");
    assertThat(body.path("messages").get(0).path("role").asText()).isEqualTo("user");
    assertThat(body.path("messages").get(0).path("content").get(0).path("text").asText()).isEqualTo("make a model");
    assertThat(body.path("inferenceConfig").path("maxTokens").asInt()).isEqualTo(777);
  }

  @Test
  void throttlingIsRetriedByTheSdk() {
    server.stubFor(WireMock.post(WireMock.urlEqualTo(CONVERSE)).inScenario("throttle")
        .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("calm")
        .willReturn(WireMock.aResponse().withStatus(429).withHeader("x-amzn-ErrorType", "ThrottlingException")
            .withHeader("content-type", "application/json").withBody("{\"message\": \"Too many requests\"}")));
    server.stubFor(WireMock.post(WireMock.urlEqualTo(CONVERSE)).inScenario("throttle")
        .whenScenarioStateIs("calm").willReturn(WireMock.okJson(REPLY)));

    AiReply reply;
    try (BedrockProvider bedrock = provider(2)) {
      reply = bedrock.complete(request());
    }

    assertThat(reply.text()).isEqualTo("SELECT 1");
    assertThat(server.findAll(WireMock.postRequestedFor(WireMock.urlEqualTo(CONVERSE)))).hasSize(2);
  }

  @Test
  void stillThrottledAfterTheRetriesIsRateLimited() {
    server.stubFor(WireMock.post(WireMock.urlEqualTo(CONVERSE))
        .willReturn(WireMock.aResponse().withStatus(429).withHeader("x-amzn-ErrorType", "ThrottlingException")
            .withHeader("content-type", "application/json").withBody("{\"message\": \"Too many requests\"}")));

    AiException e;
    try (BedrockProvider bedrock = provider(0)) {
      e = catchThrowableOfType(AiException.class, () -> bedrock.complete(request()));
    }

    assertThat(e.code()).isEqualTo(AiErrorCode.AI_RATE_LIMITED);
    assertThat(e.getMessage()).contains("Too many requests").doesNotContain(SECRET);
  }

  @Test
  void anAnswerWithoutTextIsMalformed() {
    server.stubFor(WireMock.post(WireMock.urlEqualTo(CONVERSE))
        .willReturn(WireMock.okJson("{\"output\": {\"message\": {\"role\": \"assistant\", \"content\": []}}, \"stopReason\": \"end_turn\"}")));

    AiException e;
    try (BedrockProvider bedrock = provider(0)) {
      e = catchThrowableOfType(AiException.class, () -> bedrock.complete(request()));
    }

    assertThat(e.code()).isEqualTo(AiErrorCode.AI_MALFORMED_RESPONSE);
  }
}
