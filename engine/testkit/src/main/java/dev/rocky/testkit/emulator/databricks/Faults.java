package dev.rocky.testkit.emulator.databricks;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/** Misbehaviour scripted by a test, each used up as it happens. */
final class Faults {
  final AtomicInteger throttledSubmits = new AtomicInteger();
  final AtomicInteger unavailableSubmits = new AtomicInteger();
  final AtomicInteger heldPolls = new AtomicInteger();
  final AtomicBoolean hangNext = new AtomicBoolean();
  final AtomicInteger failedStatuses = new AtomicInteger();

  /** Takes one from {@code counter} if it is positive. */
  static boolean take(AtomicInteger counter) {
    return counter.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
  }
}
