package dev.rocky.app.execute;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.rocky.core.error.ErrorType;

/** Whose problem a failure is: the user's SQL or settings, the warehouse or a service, or Rocky itself. */
public enum ErrorClass {
  @JsonProperty("user") USER,
  @JsonProperty("external") EXTERNAL,
  @JsonProperty("internal") INTERNAL;

  /** The class of an {@link ErrorType}; a shortage of resources is the warehouse's problem. */
  public static ErrorClass of(ErrorType type) {
    return switch (type) {
      case USER_ERROR -> USER;
      case EXTERNAL, INSUFFICIENT_RESOURCES -> EXTERNAL;
      case INTERNAL_ERROR -> INTERNAL;
    };
  }
}
