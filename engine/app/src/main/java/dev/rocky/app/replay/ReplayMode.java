package dev.rocky.app.replay;

import java.util.Locale;

/**
 * How far {@code rocky replay} goes: show the record, check that it can be replayed, rebuild it
 * ({@code --execute}), or rebuild and compare with the recorded output ({@code --verify}).
 */
public enum ReplayMode {
  SHOW,
  CHECK,
  EXECUTE,
  VERIFY;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
