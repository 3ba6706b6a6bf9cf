package dev.rocky.compiler.bind;

import dev.rocky.core.diagnostic.DiagnosticCode;
import dev.rocky.core.types.RockyType;
import dev.rocky.core.types.TypedColumn;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.jspecify.annotations.Nullable;

/**
 * Resolves column identifiers against a scope chain: {@code col}, {@code alias.col},
 * {@code schema.table.col}, struct fields ({@code col.field}), output aliases and correlated outer
 * columns. Ambiguous unqualified names resolve to the first relation that has them. E003 is reported
 * only when every schema that could hold the column is complete; otherwise the column is Unknown and
 * traced to the one relation that could hold it, or left unresolved when there are several.
 */
final class ColumnResolver {
  private ColumnResolver() {}

  /** A resolved column: the relation it came from (null for output aliases and synthetic columns). */
  record Hit(@Nullable Relation relation, BoundColumn column, boolean nullable) {}

  static Hit resolve(BindContext ctx, Scope scope, SqlIdentifier id) {
    List<String> names = id.names;
    SqlParserPos pos = id.getParserPosition();
    if (names.size() == 1) {
      return unqualified(ctx, scope, names.get(0), pos);
    }
    for (Scope s = scope; s != null; s = s.parent) {
      for (int k = names.size() - 1; k >= 1; k--) {
        for (Relation r : s.relations) {
          if (r.matches(names, k)) {
            Hit hit = inRelation(ctx, r, names.get(k), pos);
            return k + 1 < names.size() ? field(hit, names, k + 1) : hit;
          }
        }
      }
    }
    Hit column = quietUnqualified(scope, names.get(0));
    if (column != null) {
      return field(column, names, 1);
    }
    return unknownQualifier(ctx, scope, id);
  }

  private static Hit inRelation(BindContext ctx, Relation r, String name, SqlParserPos pos) {
    int i = r.indexOf(name);
    if (i >= 0) {
      BoundColumn c = r.column(i);
      return new Hit(r, c, c.nullable() || r.forcedNullable);
    }
    if (!r.complete) {
      return new Hit(r, r.unlisted(name, pos), true);
    }
    List<String> cols = columnNames(r);
    String close = Suggestions.closest(name, cols);
    ctx.report(DiagnosticCode.E003, "column `" + name + "` not found in `" + r.label + "`", pos,
        close != null ? "did you mean `" + close + "`?" : "available columns: " + Suggestions.list(cols, 8));
    return missing(name, pos);
  }

  private static Hit unqualified(BindContext ctx, Scope scope, String name, SqlParserPos pos) {
    Hit hit = quietUnqualified(scope, name);
    if (hit != null) {
      return hit;
    }
    BoundColumn niladic = Niladics.of(name, pos);
    if (niladic != null) {
      return new Hit(null, niladic, niladic.nullable());
    }
    if (name.startsWith("$")) {
      return new Hit(null, BoundColumn.untraceable(name, "`" + name + "` is a parameter, not a column", pos), true);
    }
    // Not listed anywhere: the relations that could still hold it are those with incomplete schemas.
    for (Scope s = scope; s != null; s = s.parent) {
      Relation only = null;
      int count = 0;
      for (Relation r : s.relations) {
        if (!r.complete) {
          only = count == 0 ? r : only;
          count++;
        }
      }
      if (count == 1) {
        return new Hit(only, only.unlisted(name, pos), true);
      }
      if (count > 1) {
        return new Hit(null, BoundColumn.untraceable(name,
            "`" + name + "` may come from any of several tables whose schemas are unknown", pos), true);
      }
    }
    List<String> candidates = new ArrayList<>();
    for (Scope s = scope; s != null; s = s.parent) {
      for (Relation r : s.relations) {
        candidates.addAll(columnNames(r));
      }
    }
    String close = Suggestions.closest(name, candidates);
    ctx.report(DiagnosticCode.E003, "column `" + name + "` not found", pos,
        close != null ? "did you mean `" + close + "`?"
            : candidates.isEmpty() ? null : "available columns: " + Suggestions.list(candidates, 8));
    return missing(name, pos);
  }

  /** Resolves an unqualified name without reporting anything; null when it is not listed. */
  static @Nullable Hit quietUnqualified(Scope scope, String name) {
    if (scope.aliasesFirst) {
      BoundColumn item = scope.item(name);
      if (item != null) {
        return new Hit(null, item, item.nullable());
      }
    }
    for (Scope s = scope; s != null; s = s.parent) {
      for (Relation r : s.relations) {
        int i = r.indexOf(name);
        if (i >= 0) {
          BoundColumn c = r.column(i);
          return new Hit(r, c, c.nullable() || r.forcedNullable);
        }
      }
      if (s == scope) {
        BoundColumn item = scope.item(name);
        if (item != null) {
          return new Hit(null, item, item.nullable());
        }
      }
    }
    return null;
  }

  private static Hit unknownQualifier(BindContext ctx, Scope scope, SqlIdentifier id) {
    String qualifier = id.names.get(0);
    SqlParserPos pos = id.getParserPosition();
    String name = id.names.get(id.names.size() - 1);
    if (!scope.allComplete()) {
      return new Hit(null, BoundColumn.untraceable(name,
          "`" + String.join(".", id.names) + "`: no table or alias `" + qualifier + "` is known", pos), true);
    }
    List<String> aliases = new ArrayList<>();
    for (Scope s = scope; s != null; s = s.parent) {
      for (Relation r : s.relations) {
        aliases.add(r.alias);
      }
    }
    String close = Suggestions.closest(qualifier, aliases);
    ctx.report(DiagnosticCode.E003, "column `" + String.join(".", id.names) + "` not found: no table or alias `"
        + qualifier + "` in scope", pos, close != null ? "did you mean `" + close + "." + name + "`?" : null);
    return missing(name, pos);
  }

  /** Struct field access on a resolved column. */
  private static Hit field(Hit hit, List<String> names, int from) {
    RockyType t = hit.column().type();
    for (int i = from; i < names.size(); i++) {
      t = fieldType(t, names.get(i));
    }
    BoundColumn c = hit.column();
    return new Hit(hit.relation(), new BoundColumn(names.get(names.size() - 1), Typed.of(t, true), c.lineage(),
        c.unresolved(), c.pos()), true);
  }

  private static RockyType fieldType(RockyType t, String field) {
    if (t instanceof RockyType.Struct s) {
      for (TypedColumn f : s.fields()) {
        if (f.name().equalsIgnoreCase(field)) {
          return f.type();
        }
      }
    }
    return t == RockyType.VARIANT ? RockyType.VARIANT : RockyType.UNKNOWN;
  }

  private static Hit missing(String name, SqlParserPos pos) {
    return new Hit(null, BoundColumn.untraceable(name, "column `" + name + "` not found", pos), true);
  }

  static List<String> columnNames(Relation r) {
    List<String> out = new ArrayList<>(r.size());
    for (int i = 0; i < r.size(); i++) {
      out.add(r.columnName(i));
    }
    return out;
  }
}
