package dev.rocky.app.replay;

import org.jspecify.annotations.Nullable;

/**
 * What rebuilding one recorded model gave: its output's hashes, or why the rebuild failed
 * ({@code notReplayable} when it cannot be rebuilt faithfully, e.g. the recorded inputs are no longer readable: Time Travel past its
 * retention, a vacuumed Delta version); {@code note} flags another warehouse version.
 */
record Rebuilt(Provenance.@Nullable OutputHash output, @Nullable String failure, @Nullable String note,
    boolean notReplayable) {

  static Rebuilt of(Provenance.OutputHash output, @Nullable String note) {
    return new Rebuilt(output, null, note, false);
  }

  static Rebuilt failed(@Nullable String why, @Nullable String note) {
    return new Rebuilt(null, String.valueOf(why), note, false);
  }

  static Rebuilt notReplayable(String why, @Nullable String note) {
    return new Rebuilt(null, why, note, true);
  }
}
