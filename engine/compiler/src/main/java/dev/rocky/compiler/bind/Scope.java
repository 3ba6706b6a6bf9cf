package dev.rocky.compiler.bind;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlNodeList;
import org.jspecify.annotations.Nullable;

/**
 * Name resolution for one SELECT: the relations of its FROM clause in order, the select items bound
 * so far (for references to output aliases), its named windows, the CTEs visible to it, and the
 * enclosing scope (for correlated subqueries and LATERAL).
 */
final class Scope {
  final @Nullable Scope parent;
  final @Nullable CteEnv ctes;
  final List<Relation> relations = new ArrayList<>(4);
  /** Output columns bound so far; null before the select list is bound. */
  @Nullable List<BoundColumn> items;
  @Nullable SqlNodeList windows;
  /** ORDER BY resolves output aliases before input columns. */
  boolean aliasesFirst;

  Scope(@Nullable Scope parent, @Nullable CteEnv ctes) {
    this.parent = parent;
    this.ctes = ctes;
  }

  /** The first output alias with this name, or null. */
  @Nullable BoundColumn item(String name) {
    if (items == null) {
      return null;
    }
    for (int i = 0, n = items.size(); i < n; i++) {
      BoundColumn c = items.get(i);
      if (c.name().equalsIgnoreCase(name)) {
        return c;
      }
    }
    return null;
  }

  /** Whether every relation here and in enclosing scopes has a complete column list. */
  boolean allComplete() {
    for (Scope s = this; s != null; s = s.parent) {
      for (Relation r : s.relations) {
        if (!r.complete) {
          return false;
        }
      }
    }
    return true;
  }
}
