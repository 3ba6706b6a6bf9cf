package dev.rocky.app.replication;

import dev.rocky.core.run.FailureKind;
import dev.rocky.planner.replication.DriftAction;
import dev.rocky.planner.replication.TableTask;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How one table's copy ended.
 *
 * @param error the failure's message, null on success
 * @param rowsCopied rows the copy wrote, when the warehouse said
 * @param watermark the new watermark ({@code MAX} over the target), for incremental tables
 * @param rebuilt whether the target was copied again in full, so its old watermark no longer holds
 * @param driftChecked whether the target existed, so its columns were compared with the source's
 * @param statements the SQL run, in order (its hash goes into the output)
 */
record TableOutcome(TableTask task, @Nullable String error, @Nullable FailureKind failureKind,
    @Nullable Long rowsCopied, Instant startedAt, long durationMs, @Nullable Instant watermark, boolean rebuilt,
    boolean driftChecked, List<DriftAction> drift, int columnCount, List<String> statements) {

  TableOutcome {
    Objects.requireNonNull(task, "task");
    drift = List.copyOf(drift);
    statements = List.copyOf(statements);
  }

  boolean succeeded() {
    return error == null;
  }
}
