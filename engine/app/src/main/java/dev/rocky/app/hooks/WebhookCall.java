package dev.rocky.app.hooks;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One webhook request, ready to send: the body is final (rendered and signed).
 *
 * @param timeout for each attempt
 * @param retries attempts after the first, each after {@code retryDelay} doubled per attempt
 */
public record WebhookCall(URI url, String method, Map<String, String> headers, String body, Duration timeout,
    int retries, Duration retryDelay) {

  public WebhookCall {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(retryDelay, "retryDelay");
    headers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    if (retries < 0) {
      throw new IllegalArgumentException("retry_count must not be negative: " + retries);
    }
  }

  /** How the call is named in messages: method and URL without its query (which may hold a token). */
  public String describe() {
    String shown = url.getScheme() + "://" + url.getRawAuthority() + (url.getRawPath() == null ? "" : url.getRawPath());
    return method + " " + shown;
  }
}
