package dev.rocky.adapter.databricks;

import java.time.Duration;

/** Waits between polls and retries; tests pass one that records instead of sleeping. */
@FunctionalInterface
interface Sleeper {
  Sleeper SYSTEM = d -> Thread.sleep(d.toMillis(), (int) (d.toNanosPart() % 1_000_000));

  void sleep(Duration duration) throws InterruptedException;
}
