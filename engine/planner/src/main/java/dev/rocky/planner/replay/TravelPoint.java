package dev.rocky.planner.replay;

import java.time.Instant;
import java.util.Objects;

/** Where a table is read in its history: a Delta table version, or an instant for Snowflake's Time Travel. */
public sealed interface TravelPoint {

  /** A Delta commit version ({@code VERSION AS OF}). */
  record Version(long version) implements TravelPoint {
    public Version {
      if (version < 0) {
        throw new IllegalArgumentException("a Delta version is never negative: " + version);
      }
    }
  }

  /** An instant ({@code AT(TIMESTAMP => ...)}). */
  record At(Instant instant) implements TravelPoint {
    public At {
      Objects.requireNonNull(instant, "instant");
    }
  }
}
