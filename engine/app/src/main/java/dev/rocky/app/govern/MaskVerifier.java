package dev.rocky.app.govern;

import dev.rocky.core.config.MaskConfig.Strategy;
import dev.rocky.core.error.RockyException;
import dev.rocky.core.port.QueryResult;
import dev.rocky.core.port.WarehouseAdapter;
import dev.rocky.core.types.RockyType;
import dev.rocky.planner.govern.MaskFunctions;
import dev.rocky.planner.govern.MaskSql;
import dev.rocky.planner.govern.MaskSql.Binding;
import dev.rocky.planner.govern.MaskedViewSql;
import dev.rocky.planner.sql.DuckDbSqlDialect;
import dev.rocky.planner.sql.SqlDialect;
import dev.rocky.planner.sql.TableName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads the masks back from the warehouse and compares them with what was intended. Databricks and
 * Snowflake: the mask bound to each classified column must be the intended function or policy (a
 * {@code none} column may have none). DuckDB: the consumer view must exist with the column marked
 * {@code rocky-mask:<strategy>}, and no value of the column may be one the strategy could not have
 * produced (so a view replaced by hand with the raw column is caught).
 */
public final class MaskVerifier {
  private final WarehouseAdapter warehouse;
  private final SqlDialect dialect;

  public MaskVerifier(WarehouseAdapter warehouse, SqlDialect dialect) {
    this.warehouse = warehouse;
    this.dialect = dialect;
  }

  public List<MaskCheck> verify(List<ColumnMask> masks) {
    Map<TableName, List<ColumnMask>> byTable = new LinkedHashMap<>();
    masks.forEach(m -> byTable.computeIfAbsent(m.target().table(), k -> new ArrayList<>()).add(m));
    List<MaskCheck> out = new ArrayList<>();
    byTable.forEach((table, columns) -> {
      try {
        out.addAll(switch (dialect) {
          case DuckDbSqlDialect d -> views(table, columns);
          default -> policies(table, columns);
        });
      } catch (RockyException e) {
        columns.forEach(m -> out.add(MaskCheck.failed(m, null, e.getMessage())));
      }
    });
    return out;
  }

  /** The masks bound to a table's columns now (Databricks and Snowflake). */
  public List<Binding> bindings(TableName table) {
    return MaskSql.bindings(query(new MaskSql(dialect).readBindings(table)));
  }

  private List<MaskCheck> policies(TableName table, List<ColumnMask> columns) {
    Map<String, String> bound = new HashMap<>();
    for (Binding b : bindings(table)) {
      bound.put(lower(b.column()), b.mask());
    }
    List<MaskCheck> out = new ArrayList<>();
    for (ColumnMask m : columns) {
      String found = bound.get(lower(m.column()));
      Strategy s = m.resolved().applied();
      if (!m.present()) {
        out.add(MaskCheck.failed(m, found, table.qualifiedName() + " has no column " + m.column()));
      } else if (!MaskFunctions.masks(s)) {
        out.add(MaskCheck.ok(m, found));
      } else {
        String expected = MaskFunctions.name(s, m.resolved().env(), dialect, m.type() == null ? RockyType.Simple.UNKNOWN : m.type());
        out.add(found != null && unqualified(found).equalsIgnoreCase(expected) ? MaskCheck.ok(m, found)
            : MaskCheck.failed(m, found, found == null ? "no mask is bound to the column (expected " + expected + ")"
                : "the column is masked by " + found + ", not " + expected));
      }
    }
    return out;
  }

  private List<MaskCheck> views(TableName table, List<ColumnMask> columns) {
    MaskedViewSql sql = new MaskedViewSql();
    String view = MaskedViewSql.viewOf(table).qualifiedName();
    QueryResult comments = query(sql.readComments(table));
    Map<String, @Nullable String> marks = new HashMap<>();
    for (List<@Nullable Object> row : comments.rows()) {
      marks.put(lower(String.valueOf(row.get(0))), row.get(1) == null ? null : String.valueOf(row.get(1)));
    }
    List<MaskCheck> out = new ArrayList<>();
    for (ColumnMask m : columns) {
      Strategy s = m.resolved().applied();
      if (marks.isEmpty()) {
        out.add(MaskCheck.failed(m, null, "the masked view " + view + " does not exist"));
      } else if (!marks.containsKey(lower(m.column()))) {
        out.add(MaskCheck.failed(m, null, "the masked view " + view + " has no column " + m.column()));
      } else if (!MaskFunctions.masks(s)) {
        out.add(MaskCheck.ok(m, marks.get(lower(m.column()))));
      } else {
        String mark = marks.get(lower(m.column()));
        String expected = MaskedViewSql.COMMENT_PREFIX + s.id();
        long leaks = ((Number) java.util.Objects.requireNonNull(query(sql.countLeaks(table, m.column(), s)).single()))
            .longValue();
        if (!expected.equals(mark)) {
          out.add(MaskCheck.failed(m, mark, "the column of " + view + " is not marked " + expected + " (was the view replaced?)"));
        } else if (leaks > 0) {
          out.add(MaskCheck.failed(m, mark, leaks + (leaks == 1 ? " value" : " values") + " of " + view + "." + m.column()
              + " are not " + s.id() + "-masked"));
        } else {
          out.add(MaskCheck.ok(m, mark));
        }
      }
    }
    return out;
  }

  private QueryResult query(String sql) {
    try {
      return warehouse.query(sql);
    } catch (RockyException e) {
      throw new RockyException(GovernErrorCode.GOVERN_READ_BACK_FAILED, "reading the masks back failed: " + e.getMessage(), e);
    }
  }

  private static String unqualified(String name) {
    int dot = name.lastIndexOf('.');
    String last = dot < 0 ? name : name.substring(dot + 1);
    return last.replace("\"", "").replace("`", "");
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
