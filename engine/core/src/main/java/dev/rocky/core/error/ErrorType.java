package dev.rocky.core.error;

/** What kind of failure an error is; the type decides retries, in-process and in Step Functions. */
public enum ErrorType {
  /** Bad input or configuration: never retried. */
  USER_ERROR,
  /** A bug in Rocky: never retried. */
  INTERNAL_ERROR,
  /** A warehouse or service failed; retried when transient. */
  EXTERNAL,
  /** Out of memory, time or quota: retried with backoff. */
  INSUFFICIENT_RESOURCES
}
