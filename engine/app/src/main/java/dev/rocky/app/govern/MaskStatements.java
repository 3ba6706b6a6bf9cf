package dev.rocky.app.govern;

import dev.rocky.app.govern.GovernStatement.Purpose;
import dev.rocky.core.config.MaskConfig.Strategy;
import dev.rocky.core.types.RockyType;
import dev.rocky.core.types.TypedColumn;
import dev.rocky.planner.govern.MaskFunctions;
import dev.rocky.planner.govern.MaskSql;
import dev.rocky.planner.govern.MaskSql.Binding;
import dev.rocky.planner.govern.MaskedViewSql;
import dev.rocky.planner.govern.MaskedViewSql.ViewColumn;
import dev.rocky.planner.sql.DuckDbSqlDialect;
import dev.rocky.planner.sql.SqlDialect;
import dev.rocky.planner.sql.TableName;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The statements that put the masks in place. DuckDB: every target published as a view in its
 * consumer schema, classified columns masked and marked. Databricks and Snowflake: each mask function
 * or policy defined once per schema, then bound to its columns; a column whose strategy became
 * {@code none} is unbound when the warehouse shows a Rocky mask on it.
 */
final class MaskStatements {
  private MaskStatements() {}

  /**
   * @param bound the masks bound now, by table, when the warehouse was read (null: not read, so nothing is unbound)
   */
  static List<GovernStatement> render(SqlDialect dialect, List<GovernTarget> targets, List<ColumnMask> masks,
      @Nullable Map<TableName, List<Binding>> bound, List<String> notes) {
    for (ColumnMask m : masks) {
      if (!m.present() && !m.target().columns().isEmpty()) {
        notes.add("column " + m.column() + " of " + m.model() + " is classified '" + m.classification()
            + "' but " + m.table() + " has no such column");
      }
    }
    return switch (dialect) {
      case DuckDbSqlDialect d -> views(targets, masks, notes);
      default -> policies(dialect, masks, bound, notes);
    };
  }

  private static List<GovernStatement> views(List<GovernTarget> targets, List<ColumnMask> masks, List<String> notes) {
    MaskedViewSql sql = new MaskedViewSql();
    List<GovernStatement> out = new ArrayList<>();
    Set<String> schemas = new LinkedHashSet<>();
    for (GovernTarget t : targets) {
      if (t.columns().isEmpty()) {
        notes.add("the columns of " + t.table().qualifiedName() + " are not known: its masked view was not planned");
        continue;
      }
      TableName view = MaskedViewSql.viewOf(t.table());
      if (schemas.add(view.schema())) {
        out.add(new GovernStatement(Purpose.CREATE_SCHEMA, view.schema(), null, sql.createSchema(view)));
      }
      List<ViewColumn> columns = new ArrayList<>();
      List<GovernStatement> marks = new ArrayList<>();
      for (TypedColumn c : t.columns()) {
        Strategy s = masks.stream().filter(m -> m.target() == t && m.column().equals(c.name())).findFirst()
            .map(m -> m.resolved().applied()).orElse(null);
        columns.add(new ViewColumn(c.name(), s));
        if (s != null && MaskFunctions.masks(s)) {
          marks.add(new GovernStatement(Purpose.MARK_MASK, view.qualifiedName() + "." + c.name(), t.name(),
              sql.comment(t.table(), c.name(), s)));
        }
      }
      out.add(new GovernStatement(Purpose.CREATE_MASKED_VIEW, view.qualifiedName(), t.name(),
          sql.createView(t.table(), columns)));
      out.addAll(marks);
    }
    return out;
  }

  private static List<GovernStatement> policies(SqlDialect dialect, List<ColumnMask> masks,
      @Nullable Map<TableName, List<Binding>> bound, List<String> notes) {
    MaskSql sql = new MaskSql(dialect);
    List<GovernStatement> defines = new ArrayList<>();
    List<GovernStatement> binds = new ArrayList<>();
    Set<String> defined = new LinkedHashSet<>();
    for (ColumnMask m : masks) {
      if (!m.present()) {
        continue;
      }
      TableName table = m.target().table();
      Strategy s = m.resolved().applied();
      String target = table.qualifiedName() + "." + m.column();
      RockyType type = m.type() == null ? RockyType.Simple.UNKNOWN : m.type();
      if (MaskFunctions.masks(s) && m.target().view() && !sql.masksViews()) {
        notes.add(m.model() + " is a view and " + dialect.dialect().id() + " masks table columns only: materialize it"
            + " as a table to mask " + m.column());
      } else if (MaskFunctions.masks(s)) {
        String function = sql.function(table, s, m.resolved().env(), type);
        if (defined.add(function)) {
          String name = table.inSchema(table.schema()).qualifiedName().replaceAll("[^.]+$", "")
              + MaskFunctions.name(s, m.resolved().env(), dialect, type);
          sql.define(table, s, m.resolved().env(), type)
              .forEach(q -> defines.add(new GovernStatement(Purpose.CREATE_MASK, name, null, q)));
        }
        binds.add(new GovernStatement(Purpose.BIND_MASK, target, m.model(),
            sql.bind(table, m.column(), function, m.target().view())));
      } else if (bound != null && boundByRocky(bound.getOrDefault(table, List.of()), m.column())) {
        binds.add(new GovernStatement(Purpose.UNBIND_MASK, target, m.model(),
            sql.unbind(table, m.column(), m.target().view())));
      }
    }
    List<GovernStatement> out = new ArrayList<>(defines);
    out.addAll(binds);
    return out;
  }

  private static boolean boundByRocky(List<Binding> bindings, String column) {
    return bindings.stream().anyMatch(b -> b.column().equalsIgnoreCase(column)
        && b.mask().toLowerCase(java.util.Locale.ROOT).startsWith("rocky_mask_"));
  }
}
