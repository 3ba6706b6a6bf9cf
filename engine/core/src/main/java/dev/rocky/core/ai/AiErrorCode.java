package dev.rocky.core.ai;

import dev.rocky.core.error.ErrorCode;
import dev.rocky.core.error.ErrorType;

/** Error codes of the AI commands and their providers. On the wire a code is its lower-case name. */
public enum AiErrorCode implements ErrorCode {
  /** {@code ANTHROPIC_API_KEY} is unset or blank. */
  AI_NO_API_KEY(ErrorType.USER_ERROR),
  /** {@code [ai]} names an unknown provider, or a value the provider cannot use. */
  AI_INVALID_CONFIG(ErrorType.USER_ERROR),
  /** The provider refused the request (400, 401, 403, 404): a bad key, model or request. */
  AI_REQUEST_REJECTED(ErrorType.USER_ERROR),
  /** Still 429 after every retry. */
  AI_RATE_LIMITED(ErrorType.INSUFFICIENT_RESOURCES),
  /** Still 5xx, or no answer within the timeout, after every retry. */
  AI_UNAVAILABLE(ErrorType.EXTERNAL),
  /** The answer is not of the API's shape, or holds no files in the shape the prompt asked for. */
  AI_MALFORMED_RESPONSE(ErrorType.EXTERNAL);

  private final ErrorType type;

  AiErrorCode(ErrorType type) {
    this.type = type;
  }

  @Override
  public ErrorType type() {
    return type;
  }
}
