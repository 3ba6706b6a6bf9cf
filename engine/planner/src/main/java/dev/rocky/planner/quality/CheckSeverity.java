package dev.rocky.planner.quality;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/** How much a failed check matters: {@code error} fails the run (unless fail_on_error is false), {@code warning} reports. */
public enum CheckSeverity {
  ERROR,
  WARNING;

  /** The wire name: {@code error} or {@code warning}. */
  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code error} or {@code warning} (any case); empty for anything else. */
  public static Optional<CheckSeverity> parse(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "error" -> Optional.of(ERROR);
      case "warning", "warn" -> Optional.of(WARNING);
      default -> Optional.empty();
    };
  }
}
