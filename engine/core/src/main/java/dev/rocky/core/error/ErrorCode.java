package dev.rocky.core.error;

/** A runtime error code: a stable name and its {@link ErrorType}. Implemented by per-area enums. */
public interface ErrorCode {
  String name();

  ErrorType type();
}
