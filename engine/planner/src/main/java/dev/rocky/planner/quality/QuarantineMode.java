package dev.rocky.planner.quality;

import java.util.Locale;
import java.util.Optional;

/**
 * Where rows failing row-level error assertions go: {@code split} writes {@code <t>__valid} and
 * {@code <t>__quarantine} (with an {@code _error_<name>} column per assertion), {@code tag} rewrites
 * the table with those columns, {@code drop} writes only {@code <t>__valid}.
 */
public enum QuarantineMode {
  SPLIT,
  TAG,
  DROP;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<QuarantineMode> parse(String text) {
    for (QuarantineMode m : values()) {
      if (m.id().equalsIgnoreCase(text.strip())) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
