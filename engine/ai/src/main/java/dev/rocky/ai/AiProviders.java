package dev.rocky.ai;

import dev.rocky.ai.anthropic.AnthropicProvider;
import dev.rocky.ai.bedrock.BedrockProvider;
import dev.rocky.core.ai.AiErrorCode;
import dev.rocky.core.ai.AiException;
import dev.rocky.core.ai.AiProvider;
import dev.rocky.core.config.RuntimeSections;
import dev.rocky.core.config.Secret;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The provider {@code [ai]} asks for, built from the section and the environment. */
public final class AiProviders {
  /** The one variable the Anthropic key is read from. */
  public static final String ANTHROPIC_KEY = "ANTHROPIC_API_KEY";

  private AiProviders() {}

  /**
   * @param env the process environment: {@code ANTHROPIC_API_KEY}; for Bedrock {@code AWS_REGION}
   *     and, when both are set, {@code AWS_ACCESS_KEY_ID} and {@code AWS_SECRET_ACCESS_KEY}
   *     (otherwise the SDK's default credential chain)
   */
  public static AiProvider of(RuntimeSections.Ai config, Map<String, String> env) {
    Duration timeout = Duration.ofSeconds(positive(config.timeoutSeconds(), "timeout_seconds"));
    int retries = config.maxRetries();
    if (retries < 0) {
      throw invalid("[ai] max_retries must be 0 or more, not " + retries);
    }
    positive(config.maxTokens(), "max_tokens");
    URI endpoint = endpoint(config.endpoint());
    return switch (config.provider()) {
      case "anthropic" -> new AnthropicProvider(endpoint == null ? AnthropicProvider.DEFAULT_BASE_URL : endpoint,
          anthropicKey(env), config.model(), timeout, RetryPolicy.of(retries));
      case "bedrock" -> BedrockProvider.create(region(config.region(), env), endpoint, env, timeout, retries,
          config.model());
      default -> throw invalid("[ai] provider is '" + config.provider() + "'; it must be one of "
          + String.join(", ", RuntimeSections.Ai.PROVIDERS));
    };
  }

  private static Secret anthropicKey(Map<String, String> env) {
    String key = env.get(ANTHROPIC_KEY);
    if (key == null || key.isBlank()) {
      throw new AiException(AiErrorCode.AI_NO_API_KEY, ANTHROPIC_KEY + " is not set",
          "export " + ANTHROPIC_KEY + "=<your key>; rocky never reads the key from rocky.toml");
    }
    return Secret.of(key.strip());
  }

  private static String region(@Nullable String configured, Map<String, String> env) {
    String region = configured != null ? configured : env.getOrDefault("AWS_REGION", env.get("AWS_DEFAULT_REGION"));
    if (region == null || region.isBlank()) {
      throw invalid("Bedrock needs a region: none in [ai] region, AWS_REGION or AWS_DEFAULT_REGION");
    }
    return region.strip();
  }

  private static @Nullable URI endpoint(@Nullable String text) {
    if (text == null) {
      return null;
    }
    try {
      URI uri = URI.create(text.strip());
      if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
        throw invalid("[ai] endpoint must be an http(s) URL, not '" + text + "'");
      }
      return uri;
    } catch (IllegalArgumentException e) {
      throw invalid("[ai] endpoint is not a URL: '" + text + "'");
    }
  }

  private static int positive(int value, String key) {
    if (value <= 0) {
      throw invalid("[ai] " + key + " must be positive, not " + value);
    }
    return value;
  }

  private static AiException invalid(String message) {
    return new AiException(AiErrorCode.AI_INVALID_CONFIG, "rocky.toml: " + message,
        "fix the [ai] section of rocky.toml; docs/guides/ai.md lists its keys");
  }
}
