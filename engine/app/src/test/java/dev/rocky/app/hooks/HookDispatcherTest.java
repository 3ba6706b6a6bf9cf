package dev.rocky.app.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rocky.core.config.HooksConfig;
import dev.rocky.core.config.HooksConfig.OnFailure;
import dev.rocky.core.hooks.HookEvent;
import dev.rocky.core.hooks.HookSink.Disposition;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The dispatcher against a real local HTTP server: signatures, templates, presets, retries, timeouts, on_failure. */
class HookDispatcherTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final WebhookServer server = new WebhookServer();
  private final List<String> reported = new ArrayList<>();

  @AfterEach
  void stop() {
    server.close();
  }

  private static HookEvent modelError() {
    return new HookEvent("on_model_error", "run-1", "main", Instant.parse("2026-04-02T14:30:00Z"), "fct_orders",
        Map.of("status", "failed")).withError("Binder Error: column \"amount\" not found").withDuration(42L);
  }

  private static HooksConfig.Webhook webhook(String url, String preset, String template, String secret,
      OnFailure onFailure, int retries, long timeoutMs) {
    return new HooksConfig.Webhook(url, preset, null, Map.of(), template, secret, timeoutMs, false, onFailure,
        retries, 10L);
  }

  private HookDispatcher dispatcher(String event, HooksConfig.Webhook... hooks) {
    return new HookDispatcher(new HooksConfig(Map.of(), Map.of(event, List.of(hooks))), ShellRunner.UNAVAILABLE,
        new JdkWebhookSender(), reported::add);
  }

  private static String hmac(String secret, String body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aSignedWebhookCarriesTheEventJsonAndAnHmacOfItsExactBody() throws Exception {
    HookDispatcher hooks = dispatcher("on_model_error",
        webhook(server.url("/hook"), null, null, "s3cr3t", OnFailure.WARN, 0, 5000));

    assertThat(hooks.fire(modelError())).isEqualTo(Disposition.CONTINUE);

    WebhookServer.Received r = server.received().getFirst();
    assertThat(r.method()).isEqualTo("POST");
    assertThat(r.headers()).containsEntry("content-type", "application/json");
    assertThat(r.headers().get("x-rocky-signature")).isEqualTo(hmac("s3cr3t", r.body()));
    assertThat(r.headers().get("x-rocky-signature")).isNotEqualTo(hmac("other", r.body()));
    JsonNode body = JSON.readTree(r.body());
    assertThat(body.path("event").asText()).isEqualTo("on_model_error");
    assertThat(body.path("run_id").asText()).isEqualTo("run-1");
    assertThat(body.path("pipeline").asText()).isEqualTo("main");
    assertThat(body.path("timestamp").asText()).isEqualTo("2026-04-02T14:30:00Z");
    assertThat(body.path("model").asText()).isEqualTo("fct_orders");
    assertThat(body.path("error").asText()).isEqualTo("Binder Error: column \"amount\" not found");
    assertThat(body.path("duration_ms").asLong()).isEqualTo(42);
    assertThat(body.path("metadata").path("status").asText()).isEqualTo("failed");
    assertThat(reported).isEmpty();
  }

  @Test
  void anUnsignedWebhookHasNoSignatureHeader() {
    dispatcher("on_model_error", webhook(server.url("/hook"), null, null, null, OnFailure.WARN, 0, 5000))
        .fire(modelError());

    assertThat(server.received().getFirst().headers()).doesNotContainKey("x-rocky-signature");
  }

  @Test
  void aBodyTemplateIsRenderedWithJsonEscapingAndRockyIfSections() throws Exception {
    String template = """
        {"text": "{{event}} {{model}}: {{error}}", "ms": {{duration_ms}}, "st": "{{metadata.status}}"{{#if table}}, "t": 1{{/if}}}""";
    dispatcher("on_model_error", webhook(server.url("/t"), null, template, "k", OnFailure.WARN, 0, 5000))
        .fire(modelError());

    WebhookServer.Received r = server.received().getFirst();
    JsonNode body = JSON.readTree(r.body());
    assertThat(body.path("text").asText())
        .isEqualTo("on_model_error fct_orders: Binder Error: column \"amount\" not found");
    assertThat(body.path("ms").asLong()).isEqualTo(42);
    assertThat(body.path("st").asText()).isEqualTo("failed");
    assertThat(body.has("t")).as("no table on this event").isFalse();
    assertThat(r.headers().get("x-rocky-signature")).isEqualTo(hmac("k", r.body()));
  }

  @Test
  void theSlackAndPagerDutyPresetsSendTheirServicesShapes() throws Exception {
    HooksConfig.Webhook slack = webhook(server.url("/slack"), "slack", null, null, OnFailure.WARN, 0, 5000);
    HooksConfig.Webhook pagerduty = new HooksConfig.Webhook(server.url("/pd"), "pagerduty", null,
        Map.of("X-Routing-Key", "R0UT1NG"), null, null, 5000L, false, OnFailure.WARN, 0, 10L);
    dispatcher("on_model_error", slack, pagerduty).fire(modelError());

    List<WebhookServer.Received> got = server.received();
    JsonNode s = JSON.readTree(got.get(0).body());
    assertThat(s.path("text").asText()).contains("on_model_error", "fct_orders", "Binder Error");
    assertThat(s.at("/blocks/0/type").asText()).isEqualTo("section");
    JsonNode pd = JSON.readTree(got.get(1).body());
    assertThat(pd.path("routing_key").asText()).isEqualTo("R0UT1NG");
    assertThat(pd.path("event_action").asText()).isEqualTo("trigger");
    assertThat(pd.at("/payload/severity").asText()).isEqualTo("error");
    assertThat(pd.at("/payload/summary").asText()).contains("fct_orders");
    assertThat(pd.at("/payload/source").asText()).isEqualTo("rocky:main");
  }

  @Test
  void aServerErrorIsRetriedWithBackoffUntilItSucceeds() {
    server.answer(500, 503);
    Disposition d = dispatcher("on_model_error",
        webhook(server.url("/retry"), null, null, null, OnFailure.ABORT, 2, 5000)).fire(modelError());

    assertThat(d).isEqualTo(Disposition.CONTINUE);
    assertThat(server.received()).hasSize(3);
    assertThat(reported).isEmpty();
  }

  @Test
  void aWebhookThatKeepsFailingWarnsOrAbortsPerOnFailure() {
    server.answer(500, 500, 500, 500);
    Disposition warned = dispatcher("on_model_error",
        webhook(server.url("/down"), null, null, null, OnFailure.WARN, 1, 5000)).fire(modelError());
    assertThat(warned).isEqualTo(Disposition.CONTINUE);
    assertThat(reported.getFirst()).startsWith("warning: hook on_model_error webhook POST " + server.url(" returned"))
        .contains("returned HTTP 500", "(2 attempts)").as("the path may hold a credential").doesNotContain("/down");

    Disposition aborted = dispatcher("on_model_error",
        webhook(server.url("/down"), null, null, null, OnFailure.ABORT, 1, 5000)).fire(modelError());
    assertThat(aborted).isEqualTo(Disposition.ABORT);
    assertThat(reported.getLast()).startsWith("error: hook on_model_error webhook").endsWith(
        "; the run fails (on_failure = \"abort\")");
  }

  @Test
  void aClientErrorIsNotRetried() {
    server.answer(404);
    dispatcher("on_model_error", webhook(server.url("/gone"), null, null, null, OnFailure.IGNORE, 3, 5000))
        .fire(modelError());

    assertThat(server.received()).hasSize(1);
    assertThat(reported).as("ignore says nothing").isEmpty();
  }

  @Test
  void aWebhookThatTimesOutIsReported() {
    server.delay(2000);
    Disposition d = dispatcher("on_model_error",
        webhook(server.url("/slow"), null, null, null, OnFailure.WARN, 0, 200)).fire(modelError());

    assertThat(d).isEqualTo(Disposition.CONTINUE);
    assertThat(reported).singleElement().asString().contains("timed out after 200 ms");
  }

  @Test
  void anUnknownPresetOrAMissingUrlIsAFailureOfTheHookNotAnException() {
    Disposition d = dispatcher("on_model_error",
        webhook(server.url("/x"), "carrier-pigeon", null, null, OnFailure.ABORT, 0, 5000),
        webhook(null, null, null, null, OnFailure.WARN, 0, 5000)).fire(modelError());

    assertThat(d).isEqualTo(Disposition.ABORT);
    assertThat(reported).hasSize(2);
    assertThat(reported.get(0)).contains("unknown preset 'carrier-pigeon' (use one of slack, pagerduty, datadog, teams)");
    assertThat(reported.get(1)).contains("has no url");
    assertThat(server.received()).isEmpty();
  }

  @Test
  void eventsNobodySubscribedToSendNothing() {
    HookDispatcher hooks = dispatcher("on_pipeline_error",
        webhook(server.url("/x"), null, null, null, OnFailure.ABORT, 0, 5000));

    assertThat(hooks.fire(modelError())).isEqualTo(Disposition.CONTINUE);
    assertThat(server.received()).isEmpty();
  }

  @Test
  void anAsyncWebhookIsSentInTheBackgroundAndAwaitedOnClose() {
    server.delay(300);
    HooksConfig.Webhook async = new HooksConfig.Webhook(server.url("/async"), null, null, Map.of(), null, null,
        5000L, true, OnFailure.ABORT, 0, 10L);
    HookDispatcher hooks = dispatcher("on_model_error", async);

    assertThat(hooks.fire(modelError())).as("async hooks cannot stop the run").isEqualTo(Disposition.CONTINUE);
    hooks.close();
    assertThat(server.received()).hasSize(1);
  }
}
