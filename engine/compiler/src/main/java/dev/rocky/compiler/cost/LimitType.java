package dev.rocky.compiler.cost;

import com.fasterxml.jackson.annotation.JsonValue;

/** The three limits a {@code [budget]} can set, by their key in the TOML and on the wire. */
public enum LimitType {
  MAX_USD("max_usd"),
  MAX_DURATION_MS("max_duration_ms"),
  MAX_BYTES_SCANNED("max_bytes_scanned");

  private final String key;

  LimitType(String key) {
    this.key = key;
  }

  /** {@code max_usd}, {@code max_duration_ms} or {@code max_bytes_scanned}. */
  @JsonValue
  public String key() {
    return key;
  }

  /** A figure of this limit's kind, for people: {@code $0.0123}, {@code 1500 ms}, {@code 2048 bytes}. */
  public String display(Number value) {
    return switch (this) {
      case MAX_USD -> "$" + CostFigures.usd(value.doubleValue());
      case MAX_DURATION_MS -> value.longValue() + " ms";
      case MAX_BYTES_SCANNED -> value.longValue() + " bytes";
    };
  }
}
