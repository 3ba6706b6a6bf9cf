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

  /**
   * How the call is named in messages: the method and the URL's scheme and host only, since
   * webhook URLs often carry their credential in the path (Slack, Teams) or the query.
   */
  public String describe() {
    return method + " " + url.getScheme() + "://" + url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort());
  }
}
