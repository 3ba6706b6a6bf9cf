package dev.rocky.app.replication;

import dev.rocky.app.execute.WatermarkValues;
import dev.rocky.core.error.RockyException;
import dev.rocky.core.port.ExecutionResult;
import dev.rocky.core.port.StateStore;
import dev.rocky.core.port.WarehouseAdapter;
import dev.rocky.core.project.TargetRef;
import dev.rocky.core.run.FailureKind;
import dev.rocky.core.run.Failures;
import dev.rocky.core.state.Watermark;
import dev.rocky.core.types.TypedColumn;
import dev.rocky.planner.replication.CopyStatement;
import dev.rocky.planner.replication.CopyStrategy;
import dev.rocky.planner.replication.DriftAction;
import dev.rocky.planner.replication.ReplicationErrorCode;
import dev.rocky.planner.replication.ReplicationException;
import dev.rocky.planner.replication.ReplicationSql;
import dev.rocky.planner.replication.SchemaDrift;
import dev.rocky.planner.replication.TableTask;
import dev.rocky.planner.sql.TableName;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Copies one table: describes the source (gone means this table fails, no other), compares it with
 * the target and applies the drift, then copies by the table's strategy and reads the new watermark.
 * Never throws for a failure of the table: it is the outcome's error. Watermarks are only read here;
 * the runner commits them once every table is done.
 */
final class TableCopier {
  private final WarehouseAdapter warehouse;
  private final StateStore state;
  private final ReplicationSql sql;
  private final DriftListener drift;
  private final Clock clock;

  /** Told about each target whose drift was handled, after its statements ran. */
  @FunctionalInterface
  interface DriftListener {
    void drifted(TableTask task, List<DriftAction> actions);
  }

  TableCopier(WarehouseAdapter warehouse, StateStore state, ReplicationSql sql, DriftListener drift, Clock clock) {
    this.warehouse = warehouse;
    this.state = state;
    this.sql = sql;
    this.drift = drift;
    this.clock = clock;
  }

  TableOutcome copy(TableTask task) {
    Instant started = clock.instant();
    long t0 = System.nanoTime();
    Attempt a = new Attempt(task);
    try {
      a.run();
      return a.outcome(started, t0, null, null);
    } catch (RockyException e) {
      return a.outcome(started, t0, e.getMessage(), Failures.kind(e));
    } catch (RuntimeException e) {
      return a.outcome(started, t0, String.valueOf(e.getMessage()), FailureKind.UNKNOWN);
    }
  }

  /** The mutable state of one attempt; what it learned goes into the outcome, success or not. */
  private final class Attempt {
    private final TableTask task;
    private final List<String> statements = new ArrayList<>();
    private List<DriftAction> actions = List.of();
    private @Nullable Long rows;
    private @Nullable Instant watermark;
    private boolean rebuilt;
    private boolean driftChecked;
    private int columnCount;

    Attempt(TableTask task) {
      this.task = task;
    }

    void run() {
      TableName source = task.source();
      TableName target = task.target();
      List<TypedColumn> columns = warehouse.describeTable(ref(source)).orElseThrow(() -> new RockyException(
          ReplicationRunErrorCode.REPLICATION_SOURCE_MISSING, "source table " + source.qualifiedName()
              + " no longer exists (it was discovered, then dropped before its copy)"));
      List<String> names = ReplicationSql.names(columns);
      columnCount = names.size() + sql.metadataNames().size();
      CopyStrategy strategy = task.strategy();
      Optional<List<TypedColumn>> existing = strategy instanceof CopyStrategy.View ? Optional.empty()
          : warehouse.describeTable(ref(target));
      if (existing.isPresent()) {
        driftChecked = true;
        SchemaDrift.Outcome d = new SchemaDrift(sql).compare(target, columns, existing.get());
        d.statements().forEach(this::execute);
        actions = d.actions();
        if (d.rebuild()) {
          existing = Optional.empty();
          rebuilt = true;
        }
        if (d.drifted()) {
          drift.drifted(task, actions);
        }
      }
      boolean present = existing.isPresent();
      if (!present) {
        execute(sql.createSchema(target));
      }
      switch (strategy) {
        case CopyStrategy.FullRefresh f -> rows = execute(sql.copyAll(source, target, names, present)).rowsAffected();
        case CopyStrategy.View v -> execute(sql.createView(source, target, names, v.materialized()));
        case CopyStrategy.Merge m -> {
          List<String> keys = mergeKeys(m, names);
          rows = execute(present ? sql.merge(source, target, names, keys) : sql.copyAll(source, target, names, false))
              .rowsAffected();
        }
        case CopyStrategy.Incremental i -> {
          String ts = column(i.timestampColumn(), names, "timestamp_column");
          Optional<Watermark> prior = present ? state.watermark(task.targetKey()) : Optional.empty();
          if (prior.isEmpty()) {
            rebuilt = true;
            rows = execute(sql.copyAll(source, target, names, present)).rowsAffected();
          } else {
            rows = execute(sql.copyNewer(source, target, names, ts, prior.get().lastValue())).rowsAffected();
          }
          CopyStatement read = sql.readWatermark(target, ts);
          statements.add(read.sql());
          watermark = WatermarkValues.toInstant(warehouse.query(read.sql()).single(),
              ReplicationRunErrorCode.REPLICATION_WATERMARK_NOT_A_TIMESTAMP);
        }
      }
    }

    private ExecutionResult execute(CopyStatement statement) {
      statements.add(statement.sql());
      return warehouse.execute(statement.sql());
    }

    private List<String> mergeKeys(CopyStrategy.Merge m, List<String> names) {
      for (List<String> keys : List.of(m.keys(), m.fallbackKeys())) {
        if (!keys.isEmpty() && keys.stream().allMatch(k -> find(k, names).isPresent())) {
          return keys.stream().map(k -> find(k, names).orElseThrow()).toList();
        }
      }
      throw new ReplicationException(ReplicationErrorCode.REPLICATION_UNKNOWN_COLUMN, "merge_keys " + m.keys()
          + (m.fallbackKeys().isEmpty() ? "" : " (and merge_keys_fallback " + m.fallbackKeys() + ")")
          + " are not all columns of " + task.source().qualifiedName() + " " + names,
          "set merge_keys (or a [[table_overrides]] for this table) to columns the source has");
    }

    private String column(String configured, List<String> names, String key) {
      return find(configured, names).orElseThrow(() -> new ReplicationException(
          ReplicationErrorCode.REPLICATION_UNKNOWN_COLUMN, key + " '" + configured + "' is not a column of "
              + task.source().qualifiedName() + " " + names,
          "set " + key + " (or a [[table_overrides]] for this table) to a timestamp column the source has"));
    }

    TableOutcome outcome(Instant started, long t0, @Nullable String error, @Nullable FailureKind kind) {
      long ms = Math.max(0, (System.nanoTime() - t0) / 1_000_000);
      return new TableOutcome(task, error, kind, rows, started, ms, watermark, rebuilt, driftChecked, actions,
          columnCount, statements);
    }
  }

  private static Optional<String> find(String configured, List<String> names) {
    String wanted = configured.toLowerCase(Locale.ROOT);
    return names.stream().filter(n -> n.toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
  }

  private static TargetRef ref(TableName name) {
    return new TargetRef(name.catalog(), name.schema(), name.table());
  }
}
