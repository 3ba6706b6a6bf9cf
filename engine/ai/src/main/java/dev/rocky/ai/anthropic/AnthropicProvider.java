package dev.rocky.ai.anthropic;

import dev.rocky.ai.RetryPolicy;
import dev.rocky.core.ai.AiErrorCode;
import dev.rocky.core.ai.AiException;
import dev.rocky.core.ai.AiProvider;
import dev.rocky.core.ai.AiReply;
import dev.rocky.core.ai.AiRequest;
import dev.rocky.core.config.Secret;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

/**
 * Anthropic's Messages API: {@code POST /v1/messages} with the key in {@code x-api-key} and the
 * {@code anthropic-version} header. Each attempt is bounded by the timeout; 429, 5xx, timeouts and
 * broken connections are retried by the {@link RetryPolicy}. The key goes into that one header and
 * nowhere else: every message built from a response has it masked.
 */
public final class AnthropicProvider implements AiProvider {
  /** The API version this client speaks. */
  public static final String API_VERSION = "2023-06-01";
  /** The API's address, unless {@code [ai] endpoint} says otherwise. */
  public static final URI DEFAULT_BASE_URL = URI.create("https://api.anthropic.com");

  private final URI messages;
  private final Secret key;
  private final String model;
  private final Duration timeout;
  private final RetryPolicy retry;
  private final HttpClient http;

  public AnthropicProvider(URI baseUrl, Secret key, String model, Duration timeout, RetryPolicy retry) {
    String base = baseUrl.toString().replaceAll("/+$", "");
    this.messages = URI.create(base + "/v1/messages");
    this.key = Objects.requireNonNull(key, "key");
    this.model = Objects.requireNonNull(model, "model");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    this.retry = Objects.requireNonNull(retry, "retry");
    this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
  }

  @Override
  public String name() {
    return "anthropic";
  }

  @Override
  public AiReply complete(AiRequest request) {
    String body = MessagesCodec.encode(model, request);
    for (int attempt = 1; ; attempt++) {
      boolean last = attempt > retry.maxRetries();
      HttpResponse<String> response;
      try {
        response = http.send(post(body), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      } catch (HttpTimeoutException e) {
        if (last) {
          throw unavailable("no answer from " + messages + " within " + timeout.toSeconds() + "s, "
              + attempt + " attempt(s)", e);
        }
        retry.pause(attempt, null);
        continue;
      } catch (IOException e) {
        if (last) {
          throw unavailable("cannot reach " + messages + ": " + masked(String.valueOf(e.getMessage())), e);
        }
        retry.pause(attempt, null);
        continue;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw unavailable("interrupted while waiting for " + messages, e);
      }
      int status = response.statusCode();
      if (status == 200) {
        return MessagesCodec.decode(response.body());
      }
      if (RetryPolicy.retryable(status) && !last) {
        retry.pause(attempt, response.headers().firstValue("retry-after").orElse(null));
        continue;
      }
      throw failure(status, response.body(), attempt);
    }
  }

  private HttpRequest post(String body) {
    return HttpRequest.newBuilder(messages)
        .timeout(timeout)
        .header("content-type", "application/json")
        .header("anthropic-version", API_VERSION)
        .header("x-api-key", key.reveal())
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .build();
  }

  private AiException failure(int status, String body, int attempts) {
    String why = masked(MessagesCodec.errorMessage(body));
    String message = "the Anthropic API answered " + status + (why.isEmpty() ? "" : ": " + why);
    if (status == 429) {
      return new AiException(AiErrorCode.AI_RATE_LIMITED, message + " (after " + attempts + " attempts)",
          "wait and try again, or raise [ai] max_retries in rocky.toml");
    }
    if (status >= 500) {
      return new AiException(AiErrorCode.AI_UNAVAILABLE, message + " (after " + attempts + " attempts)",
          "the service is failing; try again later");
    }
    String hint = switch (status) {
      case 401, 403 -> "check the key in ANTHROPIC_API_KEY";
      case 404 -> "check [ai] model and [ai] endpoint in rocky.toml";
      default -> "check [ai] model and max_tokens in rocky.toml";
    };
    return new AiException(AiErrorCode.AI_REQUEST_REJECTED, message, hint);
  }

  private AiException unavailable(String message, Exception cause) {
    return new AiException(AiErrorCode.AI_UNAVAILABLE, message,
        "check the network and [ai] endpoint, or raise [ai] timeout_seconds in rocky.toml", cause);
  }

  private String masked(String text) {
    return text.replace(key.reveal(), "***");
  }
}
