package dev.rocky.core.ai;

/**
 * A language model behind an HTTP API. One call is one completed request: an implementation
 * retries 429 and 5xx answers itself (with backoff, honouring {@code retry-after}), bounds each
 * attempt by its timeout, and fails with an {@link AiException} whose {@link AiErrorCode} says what
 * went wrong. It never puts a credential into a message, a log line or an exception.
 */
public interface AiProvider {

  /** The provider's name as {@code [ai] provider} spells it, e.g. {@code anthropic}. */
  String name();

  /** Sends {@code request} and returns the model's text. */
  AiReply complete(AiRequest request);
}
