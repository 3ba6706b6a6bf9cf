package dev.rocky.core.hooks;

/**
 * Where the engine reports hook events (model start and end, drift, checks, budget breaches, ...).
 * The local implementation runs the project's {@code [hook]} commands and webhooks; tests record.
 */
@FunctionalInterface
public interface HookSink {

  /** A sink that drops every event. */
  HookSink NONE = event -> Disposition.CONTINUE;

  /**
   * Fires every hook subscribed to {@code event.event()}.
   *
   * @return {@link Disposition#ABORT} when a hook with {@code on_failure = "abort"} failed
   */
  Disposition fire(HookEvent event);

  /** Whether the run goes on after an event's hooks ran. */
  enum Disposition {
    CONTINUE,
    ABORT
  }
}
