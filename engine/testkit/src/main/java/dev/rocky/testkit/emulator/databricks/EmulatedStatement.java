package dev.rocky.testkit.emulator.databricks;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * One submitted statement: its text, its lifecycle (PENDING, RUNNING, then SUCCEEDED, FAILED or
 * CANCELED) and its outcome. A scripted hold makes it report PENDING for a number of polls; a
 * scripted hang keeps it RUNNING until it is cancelled.
 */
final class EmulatedStatement {
  final String id;
  final String sql;
  final Map<String, String> tags;
  final Instant submitted;
  private final CountDownLatch finished = new CountDownLatch(1);
  private int pendingPolls;
  private volatile @Nullable Outcome outcome;
  private volatile @Nullable Instant ended;
  private volatile java.sql.@Nullable Statement running;
  private volatile boolean cancelled;

  EmulatedStatement(String id, String sql, Map<String, String> tags, Instant submitted, int pendingPolls) {
    this.id = id;
    this.sql = sql;
    this.tags = Map.copyOf(tags);
    this.submitted = submitted;
    this.pendingPolls = pendingPolls;
  }

  /** The state a poll sees now; a hold is used up one poll at a time. */
  synchronized String poll() {
    if (pendingPolls > 0) {
      pendingPolls--;
      return "PENDING";
    }
    return state();
  }

  synchronized String state() {
    Outcome o = outcome;
    if (o == null) {
      return pendingPolls > 0 ? "PENDING" : "RUNNING";
    }
    return switch (o) {
      case Outcome.Rows r -> "SUCCEEDED";
      case Outcome.Failure f -> "FAILED";
      case Outcome.Cancelled c -> "CANCELED";
    };
  }

  boolean awaitEnd(long millis) throws InterruptedException {
    return finished.await(millis, TimeUnit.MILLISECONDS);
  }

  void running(java.sql.@Nullable Statement statement) {
    this.running = statement;
  }

  boolean cancelled() {
    return cancelled;
  }

  /** Cancels the statement: interrupts DuckDB if it is running. */
  void cancel() {
    cancelled = true;
    java.sql.Statement s = running;
    if (s != null) {
      try {
        s.cancel();
      } catch (java.sql.SQLException e) {
        // Finished meanwhile.
      }
    }
    end(new Outcome.Cancelled());
  }

  synchronized void end(Outcome result) {
    if (outcome == null) {
      outcome = cancelled && !(result instanceof Outcome.Cancelled) ? new Outcome.Cancelled() : result;
      ended = Instant.now();
      finished.countDown();
    }
  }

  @Nullable Outcome outcome() {
    return outcome;
  }

  @Nullable Instant ended() {
    return ended;
  }
}
