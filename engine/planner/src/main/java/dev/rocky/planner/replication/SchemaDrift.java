package dev.rocky.planner.replication;

import dev.rocky.core.types.RockyType;
import dev.rocky.core.types.TypedColumn;
import dev.rocky.planner.sql.SqlDialect;
import dev.rocky.planner.sql.TableName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Compares a source table's columns with its existing target's (names case-insensitively, the
 * target's metadata columns left out) and says what to do before copying: nothing; add the new
 * source columns and widen the changed ones in place; or, when a change cannot be made in place
 * (or a new column has no type the warehouse can be given), drop the target and copy it again.
 * Columns gone from the source stay in the target. An unknown type on either side is no change.
 */
public final class SchemaDrift {
  private final ReplicationSql sql;

  public SchemaDrift(ReplicationSql sql) {
    this.sql = sql;
  }

  /** The outcome: the statements to run before the copy, and the actions to report. */
  public record Outcome(List<CopyStatement> statements, List<DriftAction> actions, boolean rebuild) {
    public Outcome {
      statements = List.copyOf(statements);
      actions = List.copyOf(actions);
    }

    public boolean drifted() {
      return !actions.isEmpty();
    }
  }

  public Outcome compare(TableName target, List<TypedColumn> source, List<TypedColumn> existing) {
    SqlDialect dialect = sql.dialect();
    Map<String, TypedColumn> current = new LinkedHashMap<>();
    existing.forEach(c -> current.put(key(c.name()), c));
    sql.metadataNames().forEach(m -> current.remove(key(m)));
    List<TypedColumn> added = new ArrayList<>();
    List<String> changes = new ArrayList<>();
    List<CopyStatement> widen = new ArrayList<>();
    String rebuildReason = null;
    for (TypedColumn s : source) {
      TypedColumn t = current.get(key(s.name()));
      if (t == null) {
        added.add(s);
        continue;
      }
      RockyType from = t.type();
      RockyType to = s.type();
      if (from.equals(to) || from.isUnknown() || to.isUnknown()) {
        continue;
      }
      String change = "column '" + s.name() + "' changed " + from.display() + " -> " + to.display();
      Optional<String> type = ColumnTypes.sql(dialect, to);
      if (ColumnTypes.widens(dialect, from, to) && type.isPresent()) {
        changes.add(change);
        widen.add(sql.alterColumnType(target, t.name(), type.get()));
      } else if (rebuildReason == null) {
        rebuildReason = change;
      }
    }
    List<CopyStatement> adds = new ArrayList<>();
    for (TypedColumn a : added) {
      Optional<String> type = ColumnTypes.sql(dialect, a.type());
      if (type.isEmpty() && rebuildReason == null) {
        rebuildReason = "new column '" + a.name() + "' has type " + a.type().display() + ", which cannot be added in place";
      }
      type.ifPresent(t -> adds.add(sql.addColumn(target, a.name(), t)));
    }
    String table = target.qualifiedName();
    if (rebuildReason != null) {
      return new Outcome(List.of(sql.dropTable(target)), List.of(new DriftAction(table, "drop_and_recreate", rebuildReason)), true);
    }
    List<CopyStatement> statements = new ArrayList<>(widen);
    statements.addAll(adds);
    List<DriftAction> actions = new ArrayList<>();
    if (!widen.isEmpty()) {
      actions.add(new DriftAction(table, "alter_column_types", String.join("; ", changes)));
    }
    if (!adds.isEmpty()) {
      actions.add(new DriftAction(table, "add_columns", "new source column(s) "
          + String.join(", ", added.stream().map(c -> "'" + c.name() + "' " + c.type().display()).toList())));
    }
    return new Outcome(statements, actions, false);
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
