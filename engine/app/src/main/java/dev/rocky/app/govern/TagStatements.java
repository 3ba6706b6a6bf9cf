package dev.rocky.app.govern;

import dev.rocky.app.govern.GovernStatement.Purpose;
import dev.rocky.planner.govern.TagSql;
import dev.rocky.planner.sql.SqlDialect;
import java.util.ArrayList;
import java.util.List;

/**
 * Governance tags written to the warehouse where it has them: each model's {@code [governance.tags]}
 * on its table, and each classified column's tag under the key {@code classification}.
 */
final class TagStatements {
  private TagStatements() {}

  static List<GovernStatement> render(SqlDialect dialect, List<GovernTarget> targets, List<ColumnMask> masks) {
    TagSql sql = new TagSql(dialect);
    List<GovernStatement> out = new ArrayList<>();
    if (!sql.supported()) {
      return out;
    }
    for (GovernTarget t : targets) {
      sql.tagTable(t.table(), t.model().config().governanceTags(), t.view())
          .forEach(q -> out.add(new GovernStatement(Purpose.TAG_TABLE, t.table().qualifiedName(), t.name(), q)));
    }
    for (ColumnMask m : masks) {
      if (m.present()) {
        sql.tagColumn(m.target().table(), m.column(), TagSql.CLASSIFICATION_TAG, m.classification(), m.target().view())
            .forEach(q -> out.add(new GovernStatement(Purpose.TAG_COLUMN, m.table() + "." + m.column(), m.model(), q)));
      }
    }
    // A tag object is created once per schema.
    java.util.Set<String> seen = new java.util.HashSet<>();
    return out.stream().filter(s -> !s.sql().startsWith("CREATE TAG IF NOT EXISTS") || seen.add(s.sql())).toList();
  }
}
