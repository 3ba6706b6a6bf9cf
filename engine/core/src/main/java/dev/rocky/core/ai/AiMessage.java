package dev.rocky.core.ai;

import java.util.Objects;

/** One turn of a conversation with a model. */
public record AiMessage(Role role, String text) {

  /** Who said it; on the wire, the lower-case name. */
  public enum Role {
    USER,
    ASSISTANT
  }

  public AiMessage {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(text, "text");
  }

  public static AiMessage user(String text) {
    return new AiMessage(Role.USER, text);
  }

  public static AiMessage assistant(String text) {
    return new AiMessage(Role.ASSISTANT, text);
  }
}
