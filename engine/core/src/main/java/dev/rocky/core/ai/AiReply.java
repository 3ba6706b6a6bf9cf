package dev.rocky.core.ai;

import java.util.Objects;

/**
 * A model's answer.
 *
 * @param text the text blocks of the answer, joined
 * @param stopReason why the model stopped, as the provider says it ({@code end_turn}, {@code max_tokens})
 */
public record AiReply(String text, String stopReason) {

  public AiReply {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(stopReason, "stopReason");
  }
}
