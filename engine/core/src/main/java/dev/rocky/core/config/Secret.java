package dev.rocky.core.config;

import java.util.Objects;

/**
 * A credential: its text is only handed to the warehouse client (an SDK, a JDBC driver), and it prints as {@code ***} everywhere else
 * (toString, records that hold it, exception messages built from them).
 */
public final class Secret {
  private final String value;

  private Secret(String value) {
    this.value = value;
  }

  public static Secret of(String value) {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("a secret is never blank");
    }
    return new Secret(value);
  }

  /** The credential itself, for the one call that needs it. */
  public String reveal() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Secret that && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return "***";
  }
}
