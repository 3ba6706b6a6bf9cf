package dev.rocky.core.ai;

import java.util.List;
import java.util.Objects;

/**
 * What is sent to a model: the system prompt, the conversation so far (user and assistant turns,
 * starting and ending with the user) and the reply's token limit.
 */
public record AiRequest(String system, List<AiMessage> messages, int maxTokens) {

  public AiRequest {
    Objects.requireNonNull(system, "system");
    messages = List.copyOf(messages);
    if (messages.isEmpty() || messages.getLast().role() != AiMessage.Role.USER) {
      throw new IllegalArgumentException("a request ends with a user message");
    }
    if (maxTokens <= 0) {
      throw new IllegalArgumentException("maxTokens must be positive, not " + maxTokens);
    }
  }
}
