package dev.rocky.app.execute;

import dev.rocky.core.port.ExecutionResult;
import dev.rocky.core.port.WarehouseAdapter;
import dev.rocky.planner.sql.Statement;
import dev.rocky.planner.sql.Statement.Purpose;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Runs rendered statements in order: a {@code BEGIN_TRANSACTION ... COMMIT_TRANSACTION} run goes to
 * {@link WarehouseAdapter#executeTransaction} as one unit, {@code READ_WATERMARK} is queried, the
 * rest are executed one by one. Rows count only statements that write the model's rows.
 */
final class StatementRunner {
  private final WarehouseAdapter adapter;

  StatementRunner(WarehouseAdapter adapter) {
    this.adapter = adapter;
  }

  /**
   * What the statements did.
   *
   * @param rowsWritten rows written by the loading statements; null when any of them did not say
   *     (statements in a transaction never do: the port returns no counts for them), or when none
   *     ran (a view)
   * @param watermark the value READ_WATERMARK returned, or null (none read, or an empty target)
   */
  record Outcome(@Nullable Long rowsWritten, @Nullable Long bytesScanned, @Nullable Long bytesWritten,
      @Nullable Instant watermark, List<String> jobIds) {}

  Outcome run(List<Statement> statements) {
    Sums sums = new Sums();
    Instant watermark = null;
    for (int i = 0; i < statements.size(); i++) {
      Statement s = statements.get(i);
      switch (s.purpose()) {
        case BEGIN_TRANSACTION -> i = transaction(statements, i, sums);
        case COMMIT_TRANSACTION -> throw new IllegalStateException("COMMIT without BEGIN at statement " + (i + 1));
        case READ_WATERMARK -> watermark = WatermarkValues.toInstant(adapter.query(s.sql()).single());
        case CREATE_SCHEMA, CREATE_EMPTY_TABLE, CREATE_VIEW, CREATE_MATERIALIZED_VIEW, DELETE_PARTITIONS,
            DELETE_WINDOW -> sums.add(adapter.execute(s.sql()), false);
        case REPLACE_TABLE, CREATE_TABLE, INSERT_NEW_ROWS, MERGE, INSERT_PARTITIONS, REPLACE_WINDOW,
            INSERT_WINDOW -> sums.add(adapter.execute(s.sql()), true);
      }
    }
    return new Outcome(sums.loads > 0 && sums.rowsKnown ? sums.rows : null, sums.scanned, sums.written, watermark, sums.jobIds);
  }

  /** Runs statements {@code begin+1 .. commit-1} in one transaction; returns the COMMIT's index. */
  private int transaction(List<Statement> statements, int begin, Sums sums) {
    List<String> body = new ArrayList<>();
    for (int i = begin + 1; i < statements.size(); i++) {
      Statement s = statements.get(i);
      if (s.purpose() == Purpose.COMMIT_TRANSACTION) {
        ExecutionResult together = adapter.executeTransaction(body);
        sums.add(new ExecutionResult(null, together.duration(), together.bytesScanned(), together.bytesWritten(),
            together.queryId()), false);
        sums.rowsKnown = false;
        return i;
      }
      if (s.purpose() == Purpose.BEGIN_TRANSACTION || s.purpose() == Purpose.READ_WATERMARK) {
        throw new IllegalStateException(s.purpose() + " inside a transaction at statement " + (i + 1));
      }
      body.add(s.sql());
    }
    throw new IllegalStateException("BEGIN without COMMIT at statement " + (begin + 1));
  }

  /** Running totals; a figure stays null until some statement reports it. */
  private static final class Sums {
    long rows;
    int loads;
    boolean rowsKnown = true;
    @Nullable Long scanned;
    @Nullable Long written;
    final List<String> jobIds = new ArrayList<>();

    void add(ExecutionResult r, boolean loadsRows) {
      if (loadsRows) {
        loads++;
        if (r.rowsAffected() == null) {
          rowsKnown = false;
        } else {
          rows += r.rowsAffected();
        }
      }
      scanned = plus(scanned, r.bytesScanned());
      written = plus(written, r.bytesWritten());
      if (r.queryId() != null) {
        jobIds.add(r.queryId());
      }
    }

    private static @Nullable Long plus(@Nullable Long a, @Nullable Long b) {
      if (a == null || b == null) {
        return a == null ? b : a;
      }
      return Long.valueOf(a + b);
    }
  }
}
