package dev.rocky.app.replay;

import dev.rocky.compiler.sql.ModelParser;
import dev.rocky.compiler.sql.ParsedModel;
import dev.rocky.compiler.sql.TableReference;
import dev.rocky.planner.replay.TimeTravelSql;
import dev.rocky.planner.replay.TravelPoint;
import dev.rocky.planner.sql.SqlDialect;
import dev.rocky.planner.sql.TableName;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A recorded step's SQL with every table it reads pinned to its recorded point: the compiler finds
 * each table reference (in the model's own SQL and in the CTEs that bind its upstream models), and
 * the renderer's clause ({@code VERSION AS OF n}, {@code AT(TIMESTAMP => ...)}) goes right after the
 * name, before any alias. Everything else in the text stays as it was recorded.
 */
final class TravelBinding {
  private final SqlDialect dialect;
  private final TimeTravelSql sql;

  TravelBinding(SqlDialect dialect) {
    this.dialect = dialect;
    this.sql = new TimeTravelSql(dialect);
  }

  /**
   * The step's SQL reading each input at its point.
   *
   * @throws RecordedModel.NotReplayable when the SQL cannot be read, or reads a table with no recorded point
   */
  String bind(String model, String sqlFile, String stepSql, List<Provenance.Snapshot> inputs)
      throws RecordedModel.NotReplayable {
    Map<String, TravelPoint> points = new HashMap<>();
    for (Provenance.Snapshot s : inputs) {
      TravelPoint p = s.travelPoint();
      if (p == null) {
        throw new RecordedModel.NotReplayable("input " + s.table().qualifiedName() + " was not recorded: " + s.missing());
      }
      points.put(key(s.table()), p);
    }
    ParsedModel parsed = new ModelParser().parse(model, sqlFile, stepSql, dialect.dialect());
    if (!parsed.parsed()) {
      throw new RecordedModel.NotReplayable("its recorded SQL could not be read to pin its inputs");
    }
    int[] lineStarts = lineStarts(stepSql);
    List<int[]> inserts = new ArrayList<>();
    List<String> clauses = new ArrayList<>();
    for (TableReference ref : parsed.tableReferences()) {
      TableName table = tableOf(ref.nameParts());
      TravelPoint point = table == null ? null : points.get(key(table));
      if (point == null) {
        throw new RecordedModel.NotReplayable("it reads " + ref.name() + ", whose version at the run was not recorded");
      }
      inserts.add(new int[] {lineStarts[ref.line() - 1] + ref.col() - 1 + ref.length(), clauses.size()});
      clauses.add(sql.atClause(point));
    }
    StringBuilder out = new StringBuilder(stepSql);
    inserts.sort(Comparator.comparingInt((int[] i) -> i[0]).reversed());
    for (int[] insert : inserts) {
      out.insert(insert[0], clauses.get(insert[1]));
    }
    return out.toString();
  }

  /** A reference as a table, read as the recipe reads it: one part in the default schema, two, or three. */
  private @org.jspecify.annotations.Nullable TableName tableOf(List<String> parts) {
    try {
      return switch (parts.size()) {
        case 1 -> new TableName(null, dialect.defaultSchema(), parts.get(0));
        case 2 -> new TableName(null, parts.get(0), parts.get(1));
        case 3 -> new TableName(parts.get(0), parts.get(1), parts.get(2));
        default -> null;
      };
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static String key(TableName table) {
    return table.qualifiedName().toLowerCase(Locale.ROOT);
  }

  /** The offset of each line's first character (lines end at {@code \n}). */
  private static int[] lineStarts(String text) {
    List<Integer> starts = new ArrayList<>(List.of(0));
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }
}
