package dev.rocky.core.run;

import com.fasterxml.jackson.annotation.JsonValue;

/** Rocky's {@code errors[].failure_kind}: what went wrong, in words a user and a dashboard share. */
public enum FailureKind {
  CONNECTION_FAILED("connection-failed"),
  AUTH_FAILED("auth-failed"),
  QUERY_REJECTED("query-rejected"),
  TRANSIENT("transient"),
  QUOTA_EXCEEDED("quota-exceeded"),
  NOT_FOUND("not-found"),
  COMPILE_ERROR("compile-error"),
  UNKNOWN("unknown");

  private final String wireName;

  FailureKind(String wireName) {
    this.wireName = wireName;
  }

  /** The spelling in run output, e.g. {@code query-rejected}. */
  @JsonValue
  public String wireName() {
    return wireName;
  }
}
