package dev.rocky.app.hooks;

import dev.rocky.core.config.HooksConfig;
import dev.rocky.core.hooks.HookEvent;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns a {@code [hook.webhooks.on_<event>]} entry and an event into the request to send: the URL
 * (the preset's endpoint when the entry has none), {@code Content-Type: application/json}, the
 * preset's then the entry's headers, the body (the entry's {@code body_template}, else the preset's,
 * else the event's JSON as a shell hook reads it) and, with a {@code secret}, the
 * {@code X-Rocky-Signature} of that body.
 */
final class WebhookCalls {
  private WebhookCalls() {}

  /** @throws IllegalArgumentException for an entry that cannot make a request (no URL, unknown preset, bad template) */
  static WebhookCall of(HooksConfig.Webhook hook, HookEvent event, String json) {
    WebhookPresets.Preset preset = null;
    String presetName = hook.preset();
    if (presetName != null) {
      preset = WebhookPresets.of(presetName.toLowerCase(Locale.ROOT)).orElseThrow(() -> new IllegalArgumentException(
          "unknown preset '" + presetName + "' (use one of " + String.join(", ", WebhookPresets.NAMES) + ")"));
    }
    String url = hook.url() != null ? hook.url() : preset == null ? null : preset.defaultUrl();
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException("has no url");
    }
    Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.put("Content-Type", "application/json");
    headers.put("User-Agent", "rocky-hooks");
    if (preset != null) {
      headers.putAll(preset.headers());
    }
    headers.putAll(hook.headers());
    String template = hook.bodyTemplate() != null ? hook.bodyTemplate() : preset == null ? null : preset.bodyTemplate();
    String body = template == null ? json : BodyTemplate.render(template, scope(event, json, headers));
    String secret = hook.secret();
    if (secret != null && !secret.isEmpty()) {
      headers.put(HmacSignature.HEADER, HmacSignature.of(secret, body));
    }
    return new WebhookCall(uri(url), hook.method().toUpperCase(Locale.ROOT), new LinkedHashMap<>(headers), body,
        Duration.ofMillis(hook.timeoutMs()), hook.retryCount(), Duration.ofMillis(hook.retryDelayMs()));
  }

  private static Map<String, Object> scope(HookEvent event, String json, Map<String, String> headers) {
    Map<String, Object> scope = new LinkedHashMap<>(HookJson.scope(json));
    scope.put("summary", summary(event));
    String severity = severity(event.event());
    scope.put("severity", severity);
    scope.put("color", switch (severity) {
      case "error" -> "D70000";
      case "warning" -> "FFA500";
      default -> "2EB67D";
    });
    String routingKey = headers.get(WebhookPresets.ROUTING_KEY_HEADER);
    if (routingKey != null) {
      scope.put("routing_key", routingKey);
    }
    return scope;
  }

  /** One line about the event, e.g. "on_model_error: model fct_orders in pipeline main failed: ...". */
  static String summary(HookEvent e) {
    StringBuilder s = new StringBuilder(e.event());
    if (e.model() != null) {
      s.append(" model ").append(e.model());
    }
    if (e.table() != null) {
      s.append(" table ").append(e.table());
    }
    if (e.pipeline() != null) {
      s.append(" in pipeline ").append(e.pipeline());
    }
    if (e.runId() != null) {
      s.append(" (run ").append(e.runId()).append(')');
    }
    if (e.error() != null) {
      s.append(": ").append(e.error());
    }
    return s.toString();
  }

  static String severity(String event) {
    if (event.endsWith("_error") || event.equals("on_budget_breach")) {
      return "error";
    }
    return event.equals("on_drift_detected") || event.equals("on_anomaly_detected") ? "warning" : "info";
  }

  private static URI uri(String url) {
    try {
      URI uri = new URI(url);
      if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
        throw new IllegalArgumentException("url must be http:// or https://");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("url is not a URL: " + e.getReason());
    }
  }
}
