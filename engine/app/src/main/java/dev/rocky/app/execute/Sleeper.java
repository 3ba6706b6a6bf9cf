package dev.rocky.app.execute;

import java.time.Duration;

/** Waits between retries; tests pass one that records the delay and returns at once. */
@FunctionalInterface
public interface Sleeper {

  /** Sleeps on the calling thread. */
  Sleeper SYSTEM = Thread::sleep;

  void sleep(Duration duration) throws InterruptedException;
}
