package dev.rocky.app.hooks;

import org.jspecify.annotations.Nullable;

/**
 * How one hook ended: {@code problem} is null when it succeeded, else what went wrong in words
 * ("exited with status 3: ...", "timed out after 500 ms", "returned HTTP 500 after 3 attempts").
 */
public record HookOutcome(@Nullable String problem) {

  public static final HookOutcome OK = new HookOutcome(null);

  public static HookOutcome failed(String problem) {
    return new HookOutcome(problem);
  }

  public boolean failed() {
    return problem != null;
  }
}
