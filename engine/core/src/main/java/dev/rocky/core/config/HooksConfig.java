package dev.rocky.core.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code [hook]}: shell hooks ({@code [[hook.on_<event>]]}) and webhooks
 * ({@code [hook.webhooks.on_<event>]}), keyed by event name (e.g. {@code on_model_error}). Keys
 * that are not one of the {@link #EVENTS} are ignored, as in Rocky.
 */
public record HooksConfig(Map<String, List<ShellHook>> shell, Map<String, List<Webhook>> webhooks) {

  /** The events hooks can subscribe to. */
  public static final List<String> EVENTS = List.of(
      "on_pipeline_start", "on_discover_complete", "on_compile_complete", "on_pipeline_complete",
      "on_pipeline_error", "on_before_materialize", "on_after_materialize", "on_materialize_error",
      "on_before_model_run", "on_after_model_run", "on_model_error", "on_before_checks",
      "on_check_result", "on_after_checks", "on_drift_detected", "on_anomaly_detected",
      "on_state_synced", "on_budget_breach");

  public HooksConfig {
    shell = copy(shell);
    webhooks = copy(webhooks);
  }

  public static HooksConfig defaults() {
    return new HooksConfig(Map.of(), Map.of());
  }

  private static <T> Map<String, List<T>> copy(Map<String, List<T>> byEvent) {
    Map<String, List<T>> out = new LinkedHashMap<>();
    byEvent.forEach((event, hooks) -> out.put(event, List.copyOf(hooks)));
    return Values.map(out);
  }

  /** What a hook does when it fails. */
  public enum OnFailure {
    @JsonProperty("abort")
    ABORT,
    @JsonProperty("warn")
    WARN,
    @JsonProperty("ignore")
    IGNORE
  }

  /** A command run with the event context as JSON on stdin. */
  public record ShellHook(
      @JsonProperty(value = "command", required = true) String command,
      @JsonProperty("timeout_ms") Long timeoutMs,
      @JsonProperty("on_failure") OnFailure onFailure,
      @JsonProperty("env") Map<String, String> env) {
    public ShellHook {
      Objects.requireNonNull(command, "command");
      timeoutMs = Values.or(timeoutMs, 30000L);
      onFailure = Values.or(onFailure, OnFailure.WARN);
      env = Values.map(env);
    }
  }

  /** An HTTP call; {@code preset} is slack, pagerduty, datadog or teams. */
  public record Webhook(
      @JsonProperty("url") @Nullable String url,
      @JsonProperty("preset") @Nullable String preset,
      @JsonProperty("method") String method,
      @JsonProperty("headers") Map<String, String> headers,
      @JsonProperty("body_template") @Nullable String bodyTemplate,
      @JsonProperty("secret") @Nullable String secret,
      @JsonProperty("timeout_ms") Long timeoutMs,
      @JsonProperty("async") Boolean async,
      @JsonProperty("on_failure") OnFailure onFailure,
      @JsonProperty("retry_count") Integer retryCount,
      @JsonProperty("retry_delay_ms") Long retryDelayMs) {
    public Webhook {
      method = Values.or(method, "POST");
      headers = Values.map(headers);
      timeoutMs = Values.or(timeoutMs, 10000L);
      async = Values.or(async, false);
      onFailure = Values.or(onFailure, OnFailure.WARN);
      retryCount = Values.or(retryCount, 0);
      retryDelayMs = Values.or(retryDelayMs, 1000L);
    }

    @Override
    public String toString() {
      return "Webhook[url=" + url + ", preset=" + preset + ", method=" + method + ", secret="
          + (secret == null ? null : "***") + "]";
    }
  }
}
