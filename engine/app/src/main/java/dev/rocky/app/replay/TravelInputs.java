package dev.rocky.app.replay;

import dev.rocky.core.error.RockyException;
import dev.rocky.core.port.WarehouseAdapter;
import dev.rocky.planner.replay.TimeTravelSql;
import dev.rocky.planner.replay.TravelPoint;
import dev.rocky.planner.sql.TableName;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Identifies a model's inputs on a warehouse with Time Travel, just before the model runs: on
 * Databricks each input's Delta version (its latest commit), on Snowflake the time the model's
 * statements start, one instant for every input. Never throws: an input it cannot identify is
 * recorded with why.
 */
final class TravelInputs {
  private final WarehouseAdapter adapter;
  private final TimeTravelSql sql;

  TravelInputs(WarehouseAdapter adapter, TimeTravelSql sql) {
    this.adapter = adapter;
    this.sql = sql;
  }

  /** The point all inputs of one model are read at (Snowflake), or null where each table has its own (Delta). */
  @Nullable Moment moment() {
    if (sql.versionsPerTable()) {
      return null;
    }
    try {
      Object now = adapter.query(sql.statementTime()).single();
      return now instanceof Instant at ? new Moment(at, null) : new Moment(null, "the warehouse gave no time: " + now);
    } catch (RockyException | IllegalStateException e) {
      return new Moment(null, "the statement time could not be read: " + e.getMessage());
    }
  }

  /** The statement time of a model, or why there is none. */
  record Moment(@Nullable Instant at, @Nullable String missing) {}

  /** {@code table} as the model is about to read it. */
  Provenance.Snapshot take(TableName table, @Nullable String model, @Nullable Moment moment) {
    if (moment != null) {
      return moment.at() == null ? missing(table, model, moment.missing())
          : Provenance.Snapshot.travel(table, model, new TravelPoint.At(moment.at()));
    }
    try {
      Object version = adapter.query(sql.latestVersion(table)).value(0, "version");
      Long parsed = switch (version) {
        case Number n -> n.longValue();
        case String text when text.matches("\\d+") -> Long.parseLong(text);
        case null, default -> null;
      };
      return parsed == null ? missing(table, model, "its history gave no version: " + version)
          : Provenance.Snapshot.travel(table, model, new TravelPoint.Version(parsed));
    } catch (RockyException | IllegalStateException | IllegalArgumentException | IndexOutOfBoundsException e) {
      return missing(table, model, "its version could not be read: " + e.getMessage());
    }
  }

  private static Provenance.Snapshot missing(TableName table, @Nullable String model, @Nullable String why) {
    return new Provenance.Snapshot(table, model, null, null, List.of(), String.valueOf(why));
  }
}
