package dev.rocky.app.hooks;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * Delivers webhooks with the JDK's HTTP client. A 2xx response is a delivery; a network error, a
 * timeout, a 5xx or a 429 is retried up to the call's {@code retry_count} times, the delay doubling
 * from {@code retry_delay_ms} each time (at most {@link #MAX_TOTAL_DELAY} of waiting in all); any
 * other status fails at once, since sending the same request again cannot change the answer.
 */
public final class JdkWebhookSender implements WebhookSender {
  /** The most a single webhook waits between its attempts, in total. */
  static final Duration MAX_TOTAL_DELAY = Duration.ofSeconds(120);

  private @org.jspecify.annotations.Nullable HttpClient client;

  /** The client, built on the first webhook: a run without webhooks never starts one. */
  private synchronized HttpClient client() {
    HttpClient c = client;
    if (c == null) {
      c = HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NORMAL)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
      client = c;
    }
    return c;
  }

  @Override
  public HookOutcome send(WebhookCall call) {
    HttpRequest request;
    try {
      request = HttpRequest.newBuilder(call.url())
          .timeout(call.timeout())
          .method(call.method(), HttpRequest.BodyPublishers.ofString(call.body()))
          .headers(headers(call))
          .build();
    } catch (IllegalArgumentException e) {
      return HookOutcome.failed("cannot be sent: " + e.getMessage());
    }
    Duration waited = Duration.ZERO;
    String problem = "was not sent";
    int attempts = 0;
    for (int attempt = 0; attempt <= call.retries(); attempt++) {
      if (attempt > 0) {
        Duration delay = call.retryDelay().multipliedBy(1L << Math.min(attempt - 1, 20));
        if (waited.plus(delay).compareTo(MAX_TOTAL_DELAY) > 0) {
          break;
        }
        if (!sleep(delay)) {
          return HookOutcome.failed("interrupted after " + attempts + " attempt(s): " + problem);
        }
        waited = waited.plus(delay);
      }
      attempts++;
      try {
        HttpResponse<String> response = client().send(request, HttpResponse.BodyHandlers.ofString());
        int status = response.statusCode();
        if (status / 100 == 2) {
          return HookOutcome.OK;
        }
        problem = "returned HTTP " + status + snippet(response.body());
        if (status / 100 != 5 && status != 429) {
          break;
        }
      } catch (HttpTimeoutException e) {
        problem = "timed out after " + call.timeout().toMillis() + " ms";
      } catch (IOException e) {
        problem = "could not be delivered: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return HookOutcome.failed("interrupted");
      }
    }
    return HookOutcome.failed(problem + (attempts > 1 ? " (" + attempts + " attempts)" : ""));
  }

  private static String[] headers(WebhookCall call) {
    return call.headers().entrySet().stream()
        .flatMap(h -> java.util.stream.Stream.of(h.getKey(), h.getValue()))
        .toArray(String[]::new);
  }

  private static String snippet(String body) {
    String s = body.strip();
    if (s.isEmpty()) {
      return "";
    }
    return ": " + (s.length() > 200 ? s.substring(0, 200) + "..." : s);
  }

  private static boolean sleep(Duration delay) {
    try {
      Thread.sleep(delay);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
