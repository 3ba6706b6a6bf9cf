package dev.rocky.app.hooks;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The built-in webhook presets: a default body for the service and, for PagerDuty, its endpoint.
 * Every template reads the same scope as a {@code body_template}, plus {@code summary} (one line
 * about the event) and {@code severity} ({@code error}, {@code warning} or {@code info}).
 */
final class WebhookPresets {
  static final List<String> NAMES = List.of("slack", "pagerduty", "datadog", "teams");

  /** The header a PagerDuty webhook carries its integration (routing) key in. */
  static final String ROUTING_KEY_HEADER = "X-Routing-Key";

  /** What a preset supplies; the webhook's own keys override it. */
  record Preset(String bodyTemplate, @Nullable String defaultUrl, Map<String, String> headers) {}

  private static final Preset SLACK = new Preset("""
      {"text": "{{summary}}", "blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": "*Rocky* {{summary}}"}}]}""",
      null, Map.of());

  private static final Preset PAGERDUTY = new Preset("""
      {"routing_key": "{{routing_key}}", "event_action": "trigger", "dedup_key": "rocky-{{run_id}}-{{event}}{{#model}}-{{model}}{{/model}}",
       "payload": {"summary": "{{summary}}", "source": "rocky{{#pipeline}}:{{pipeline}}{{/pipeline}}",
        "severity": "{{severity}}", "timestamp": "{{timestamp}}", "component": "{{model}}", "class": "{{event}}"}}""",
      "https://events.pagerduty.com/v2/enqueue", Map.of());

  private static final Preset DATADOG = new Preset("""
      {"title": "Rocky {{event}}", "text": "{{summary}}", "alert_type": "{{severity}}", "source_type_name": "rocky",
       "tags": ["source:rocky", "event:{{event}}"{{#pipeline}}, "pipeline:{{pipeline}}"{{/pipeline}}{{#model}}, "model:{{model}}"{{/model}}]}""",
      "https://api.datadoghq.com/api/v1/events", Map.of());

  private static final Preset TEAMS = new Preset("""
      {"@type": "MessageCard", "@context": "https://schema.org/extensions", "summary": "Rocky {{event}}",
       "themeColor": "{{color}}", "title": "Rocky {{event}}", "text": "{{summary}}"}""",
      null, Map.of());

  private WebhookPresets() {}

  static Optional<Preset> of(String name) {
    return Optional.ofNullable(switch (name) {
      case "slack" -> SLACK;
      case "pagerduty" -> PAGERDUTY;
      case "datadog" -> DATADOG;
      case "teams" -> TEAMS;
      default -> null;
    });
  }
}
