package dev.rocky.ai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.rocky.ai.anthropic.AnthropicProvider;
import dev.rocky.ai.bedrock.BedrockProvider;
import dev.rocky.core.ai.AiErrorCode;
import dev.rocky.core.ai.AiException;
import dev.rocky.core.ai.AiProvider;
import dev.rocky.core.config.RuntimeSections.Ai;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AiProvidersTest {

  private static Ai ai(String provider, String endpoint, String region) {
    return new Ai(provider, null, null, null, null, endpoint, region);
  }

  @Test
  void anthropicIsTheDefaultAndNeedsItsKeyFromTheEnvironment() {
    AiException e = catchThrowableOfType(AiException.class, () -> AiProviders.of(Ai.defaults(), Map.of()));
    AiProvider p = AiProviders.of(Ai.defaults(), Map.of("ANTHROPIC_API_KEY", "k"));

    assertThat(e.code()).isEqualTo(AiErrorCode.AI_NO_API_KEY);
    assertThat(e.hint()).contains("export ANTHROPIC_API_KEY");
    assertThat(p).isInstanceOf(AnthropicProvider.class);
    assertThat(Ai.defaults().maxTokens()).isEqualTo(4096);
  }

  @Test
  void bedrockNeedsARegion() throws Exception {
    AiException e = catchThrowableOfType(AiException.class, () -> AiProviders.of(ai("bedrock", null, null), Map.of()));
    AiProvider p = AiProviders.of(ai("bedrock", "http://127.0.0.1:1", null), Map.of("AWS_REGION", "us-east-1"));

    assertThat(e.code()).isEqualTo(AiErrorCode.AI_INVALID_CONFIG);
    assertThat(p).isInstanceOf(BedrockProvider.class);
    ((BedrockProvider) p).close();
  }

  @Test
  void badValuesAreConfigurationErrors() {
    assertThat(catchThrowableOfType(AiException.class, () -> AiProviders.of(ai("openai", null, null), Map.of("ANTHROPIC_API_KEY", "k")))
        .getMessage()).contains("'openai'").contains("anthropic, bedrock");
    assertThat(catchThrowableOfType(AiException.class, () -> AiProviders.of(ai("anthropic", "ftp://x", null), Map.of("ANTHROPIC_API_KEY", "k")))
        .code()).isEqualTo(AiErrorCode.AI_INVALID_CONFIG);
    assertThat(catchThrowableOfType(AiException.class, () -> AiProviders.of(new Ai(null, null, 0, null, null, null, null),
        Map.of("ANTHROPIC_API_KEY", "k"))).getMessage()).contains("max_tokens");
  }

  @Test
  void retryAfterWinsOverTheBackoffAndBothAreCapped() {
    RetryPolicy p = new RetryPolicy(5, Duration.ofSeconds(1), d -> { });
    assertThat(p.delay(1, null)).isEqualTo(Duration.ofSeconds(1));
    assertThat(p.delay(3, null)).isEqualTo(Duration.ofSeconds(4));
    assertThat(p.delay(10, null)).isEqualTo(RetryPolicy.MAX_WAIT);
    assertThat(p.delay(1, "12")).isEqualTo(Duration.ofSeconds(12));
    assertThat(p.delay(1, "3600")).isEqualTo(RetryPolicy.MAX_WAIT);
    assertThat(p.delay(2, "Wed, 21 Oct 2026 07:28:00 GMT")).isEqualTo(Duration.ofSeconds(2));
  }
}
