package dev.rocky.ai.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Anthropic's Messages API on a loopback port: {@code POST /v1/messages} answers the scripted
 * responses in order (the last one repeats), and every request is kept for the test to read.
 */
public final class MessagesApiEmulator implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final WireMockServer server;

  private MessagesApiEmulator() {
    server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
    server.start();
  }

  public static MessagesApiEmulator start() {
    return new MessagesApiEmulator();
  }

  /** One scripted response: a status, a body and headers. */
  public record Response(int status, String body, Map<String, String> headers) {
    public Response {
      headers = Map.copyOf(headers);
    }
  }

  /** A 200 of the API's shape whose one text block is {@code text}. */
  public static Response answer(String text) {
    ObjectNode body = JSON.createObjectNode();
    body.put("id", "msg_emulated").put("type", "message").put("role", "assistant").put("model", "claude-emulated");
    body.putArray("content").addObject().put("type", "text").put("text", text);
    body.put("stop_reason", "end_turn");
    body.putObject("usage").put("input_tokens", 10).put("output_tokens", 20);
    return new Response(200, body.toString(), Map.of("content-type", "application/json"));
  }

  /** An error of the API's shape, e.g. 429 {@code rate_limit_error} with {@code retry-after}. */
  public static Response error(int status, String type, String message, Map<String, String> headers) {
    ObjectNode body = JSON.createObjectNode().put("type", "error");
    body.putObject("error").put("type", type).put("message", message);
    Map<String, String> all = new LinkedHashMap<>(headers);
    all.put("content-type", "application/json");
    return new Response(status, body.toString(), all);
  }

  /** A response of any body, e.g. one that is not JSON. */
  public static Response raw(int status, String body) {
    return new Response(status, body, Map.of("content-type", "application/json"));
  }

  /** Replaces the script: request n gets response n, and every request after the last gets the last. */
  public MessagesApiEmulator script(Response... responses) {
    server.resetAll();
    for (int i = 0; i < responses.length; i++) {
      ScenarioMappingBuilder mapping = WireMock.post(WireMock.urlEqualTo("/v1/messages")).inScenario("script")
          .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "after-" + i);
      if (i < responses.length - 1) {
        mapping = mapping.willSetStateTo("after-" + (i + 1));
      }
      server.stubFor(mapping.willReturn(response(responses[i])));
    }
    return this;
  }

  private static ResponseDefinitionBuilder response(Response r) {
    ResponseDefinitionBuilder b = WireMock.aResponse().withStatus(r.status()).withBody(r.body());
    r.headers().forEach(b::withHeader);
    return b;
  }

  /**
   * Also speaks Bedrock's Converse API: {@code POST /model/<id>/converse} answers {@code text}, for
   * a project whose {@code [ai] provider = "bedrock"} points its endpoint here.
   */
  public MessagesApiEmulator converse(String text) {
    ObjectNode body = JSON.createObjectNode();
    body.putObject("output").putObject("message").put("role", "assistant").putArray("content").addObject().put("text", text);
    body.put("stopReason", "end_turn");
    body.putObject("usage").put("inputTokens", 10).put("outputTokens", 20).put("totalTokens", 30);
    body.putObject("metrics").put("latencyMs", 5);
    server.stubFor(WireMock.post(WireMock.urlPathMatching("/model/[^/]+/converse")).willReturn(WireMock.okJson(body.toString())));
    return this;
  }

  /** The Converse requests received, oldest first. */
  public List<LoggedRequest> converseRequests() {
    return server.findAll(WireMock.postRequestedFor(WireMock.urlPathMatching("/model/[^/]+/converse")));
  }

  /** Every response from now on comes after {@code millis}. */
  public MessagesApiEmulator delayAll(int millis) {
    server.setGlobalFixedDelay(millis);
    return this;
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.port();
  }

  /** The requests received, oldest first. */
  public List<LoggedRequest> requests() {
    List<LoggedRequest> out = new ArrayList<>(server.findAll(WireMock.postRequestedFor(WireMock.urlEqualTo("/v1/messages"))));
    return out;
  }

  /** The JSON bodies received, oldest first. */
  public List<JsonNode> bodies() {
    List<JsonNode> out = new ArrayList<>();
    for (LoggedRequest r : requests()) {
      try {
        out.add(JSON.readTree(r.getBodyAsString()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  @Override
  public void close() {
    server.stop();
  }
}
