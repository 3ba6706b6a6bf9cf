package dev.rocky.compiler.bind;

import dev.rocky.core.diagnostic.DiagnosticCode;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlStarExclude;
import org.apache.calcite.sql.SqlStarReplace;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.jspecify.annotations.Nullable;

/**
 * Expands {@code *}, {@code t.*}, {@code * EXCLUDE (...)} and {@code * REPLACE (expr AS col)} with
 * the known columns of the relations in scope, and reports I001 (every relation fully known) or W002
 * (some relation's schema is unknown or partial, so the star cannot be fully expanded).
 */
final class StarExpander {
  private StarExpander() {}

  /** What the stars of one select list left open. */
  static final class Outcome {
    boolean complete = true;
    @Nullable String openOrigin;
    int openCount;
    @Nullable String reason;
  }

  static boolean isStar(SqlNode item) {
    return (item instanceof SqlIdentifier id && id.isStar()) || item instanceof SqlStarExclude
        || item instanceof SqlStarReplace;
  }

  static void expand(ExpressionTyper typer, SqlNode item, List<BoundColumn> out, Outcome outcome) {
    BindContext ctx = typer.ctx;
    Scope scope = typer.scope;
    SqlIdentifier star = item instanceof SqlStarExclude e ? e.getStarIdentifier()
        : item instanceof SqlStarReplace r ? r.getStarIdentifier() : (SqlIdentifier) item;
    SqlParserPos pos = item.getParserPosition();
    ctx.hasStar = true;
    List<Relation> relations = relations(ctx, scope, star, outcome);
    int start = out.size();
    List<Relation> open = new ArrayList<>(0);
    for (Relation r : relations) {
      for (int i = 0, n = r.size(); i < n; i++) {
        if (!r.hiddenInStar(r.columnName(i))) {
          BoundColumn c = r.column(i);
          out.add(new BoundColumn(c.name(), c.typed().withNullable(c.nullable() || r.forcedNullable), c.lineage(),
              c.unresolved(), pos));
        }
      }
      if (!r.complete) {
        open.add(r);
      }
    }
    boolean known = open.isEmpty() && !relations.isEmpty();
    if (item instanceof SqlStarExclude e) {
      for (SqlNode n : e.getExcludeList()) {
        SqlIdentifier col = (SqlIdentifier) n;
        String name = col.names.get(col.names.size() - 1); // EXCLUDE (t.a) names the column a
        int i = find(out, start, name);
        if (i >= 0) {
          out.remove(i);
        } else if (known) {
          notFound(ctx, name, col.getParserPosition(), "EXCLUDE", out, start);
        }
      }
    } else if (item instanceof SqlStarReplace r) {
      replace(typer, r.getReplaceList(), out, start, known);
    }
    report(ctx, relations, open, out, start, pos);
    for (Relation r : open) {
      outcome.complete = false;
      outcome.openCount++;
      outcome.openOrigin = outcome.openCount == 1 ? r.origin : null;
      outcome.reason = outcome.reason == null ? r.incompleteReason : outcome.reason;
    }
  }

  private static List<Relation> relations(BindContext ctx, Scope scope, SqlIdentifier star, Outcome outcome) {
    if (star.names.size() == 1) {
      return scope.relations;
    }
    List<String> qualifier = star.names.subList(0, star.names.size() - 1);
    for (Relation r : scope.relations) {
      if (r.matches(qualifier, qualifier.size())) {
        return List.of(r);
      }
    }
    String q = String.join(".", qualifier);
    if (scope.allComplete()) {
      List<String> aliases = new ArrayList<>();
      for (Relation r : scope.relations) {
        aliases.add(r.alias);
      }
      String close = Suggestions.closest(q, aliases);
      ctx.report(DiagnosticCode.E003, "`" + q + ".*`: no table or alias `" + q + "` in scope",
          star.getParserPosition(), close != null ? "did you mean `" + close + ".*`?" : null);
    } else {
      outcome.complete = false;
      outcome.openCount += 2; // not traceable
      outcome.openOrigin = null;
      outcome.reason = "`" + q + ".*` names no known table";
    }
    return List.of();
  }

  private static void replace(ExpressionTyper typer, SqlNodeList replacements, List<BoundColumn> out, int start,
      boolean known) {
    for (SqlNode n : replacements) {
      if (!(n instanceof SqlCall as) || as.getKind() != SqlKind.AS) {
        continue;
      }
      SqlNode expr = as.operand(0);
      String name = ((SqlIdentifier) as.operand(1)).getSimple();
      int i = find(out, start, name);
      if (i < 0) {
        if (known) {
          notFound(typer.ctx, name, as.getParserPosition(), "REPLACE", out, start);
        }
        continue;
      }
      LineageSink sink = LineageSink.value(SelectItems.topTransform(expr));
      LineageSink previous = typer.sink;
      typer.sink = sink;
      Typed t = typer.type(expr);
      typer.sink = previous;
      out.set(i, new BoundColumn(out.get(i).name(), t, sink.items, sink.unresolvedReason(), out.get(i).pos()));
    }
  }

  private static void report(BindContext ctx, List<Relation> relations, List<Relation> open, List<BoundColumn> out,
      int start, SqlParserPos pos) {
    if (relations.isEmpty()) {
      return;
    }
    if (open.isEmpty()) {
      List<String> names = new ArrayList<>(out.size() - start);
      for (int i = start; i < out.size(); i++) {
        names.add(out.get(i).name());
      }
      ctx.report(DiagnosticCode.I001, "SELECT * over " + labels(relations) + " expands to " + names.size()
          + " columns", pos, "list the columns explicitly: " + Suggestions.list(names, 12));
    } else {
      ctx.report(DiagnosticCode.W002, "SELECT * over " + labels(open) + ", whose schema is not fully known: "
          + "the output columns cannot all be named or typed", pos,
          "declare the schema of " + labels(open) + " (sources/*.toml) or list the columns explicitly");
    }
  }

  private static String labels(List<Relation> relations) {
    StringBuilder sb = new StringBuilder();
    for (Relation r : relations) {
      sb.append(sb.length() == 0 ? "`" : ", `").append(r.label).append('`');
    }
    return sb.toString();
  }

  private static int find(List<BoundColumn> out, int start, String name) {
    for (int i = start; i < out.size(); i++) {
      if (out.get(i).name().equalsIgnoreCase(name)) {
        return i;
      }
    }
    return -1;
  }

  private static void notFound(BindContext ctx, String name, SqlParserPos pos, String clause, List<BoundColumn> out,
      int start) {
    List<String> names = new ArrayList<>();
    for (int i = start; i < out.size(); i++) {
      names.add(out.get(i).name());
    }
    String close = Suggestions.closest(name, names);
    ctx.report(DiagnosticCode.E003, "column `" + name + "` in " + clause + " is not an output of the star", pos,
        close != null ? "did you mean `" + close + "`?" : null);
  }
}
