package dev.rocky.compiler.lineage;

import java.util.Locale;

/** Which way a walk goes: towards what a column reads, or towards what reads it. */
public enum Direction {
  UPSTREAM,
  DOWNSTREAM;

  /** Rocky's spelling on the wire: {@code upstream} or {@code downstream}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
