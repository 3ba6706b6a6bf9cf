package dev.rocky.testkit.emulator.snowflake;

import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/** One query a session sent: its text, tag, request id, and how it ended (rows or a failure). */
final class EmulatedQuery {
  final String id;
  final String sql;
  final @Nullable String tag;
  final String requestId;
  final EmulatedSession session;
  final Instant started = Instant.now();
  private final CountDownLatch finished = new CountDownLatch(1);
  private volatile @Nullable Object outcome;
  private volatile @Nullable Instant ended;
  private volatile java.sql.@Nullable Statement running;
  private volatile boolean cancelled;

  EmulatedQuery(String id, String sql, @Nullable String tag, String requestId, EmulatedSession session) {
    this.id = id;
    this.sql = sql;
    this.tag = tag;
    this.requestId = requestId;
    this.session = session;
  }

  boolean await(long millis) throws InterruptedException {
    return finished.await(millis, TimeUnit.MILLISECONDS);
  }

  void running(java.sql.@Nullable Statement s) {
    running = s;
  }

  boolean cancelled() {
    return cancelled;
  }

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
  }

  /** Ends with a {@link Wire.Result} or a {@link DuckDbToSnowflake.Failure}. */
  synchronized void end(Object result) {
    if (outcome == null) {
      outcome = cancelled && result instanceof Wire.Result ? DuckDbToSnowflake.CANCELLED : result;
      ended = Instant.now();
      finished.countDown();
    }
  }

  @Nullable Object outcome() {
    return outcome;
  }

  /** How long the query ran as {@code QUERY_HISTORY} reports it (at least 1 ms), or null while it runs. */
  @Nullable Long elapsedMillis() {
    Instant end = ended;
    return end == null ? null : Math.max(1, java.time.Duration.between(started, end).toMillis());
  }

  @Nullable Instant ended() {
    return ended;
  }
}
