package dev.rocky.compiler.bind;

import dev.rocky.core.diagnostic.DiagnosticCode;
import dev.rocky.core.lineage.Transform;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.JoinConditionType;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlJoin;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.jspecify.annotations.Nullable;

/**
 * Binds a FROM clause into the scope's relations: tables (CTE, model, source or unknown, E002 when a
 * declared namespace lacks the table), subqueries, LATERAL, joins with outer-join nullability, and join
 * conditions (ON, USING, NATURAL), whose columns become join-key lineage and whose equalities are
 * type-checked.
 */
final class FromBinder {
  private final SelectBinder owner;
  private final BindContext ctx;
  private final Scope scope;

  FromBinder(SelectBinder owner) {
    this.owner = owner;
    this.ctx = owner.ctx;
    this.scope = owner.scope;
  }

  void from(@Nullable SqlNode node) {
    if (node == null) {
      return;
    }
    if (node instanceof SqlJoin join) {
      join(join);
    } else {
      scope.relations.add(relation(node, null, null));
    }
  }

  private Relation relation(SqlNode node, @Nullable String alias, @Nullable List<String> columns) {
    SqlParserPos pos = node.getParserPosition();
    Relation r;
    if (node instanceof SqlIdentifier id) {
      r = table(id, alias);
    } else if (node instanceof SqlCall call) {
      switch (call.getKind()) {
        case AS:
          return relation(call.operand(0), ((SqlIdentifier) call.operand(1)).getSimple(), columnAliases(call));
        case TABLESAMPLE, SNAPSHOT, TABLE_REF, EXTEND:
          return relation(call.operand(0), alias, columns);
        case LATERAL:
          String lateral = alias != null ? alias : "lateral";
          r = Relation.derived(lateral, lateral, ctx.queries.bind(call.operand(0), scope, scope.ctes), pos);
          break;
        case SELECT, WITH, ORDER_BY, UNION, INTERSECT, EXCEPT, VALUES:
          String sub = alias != null ? alias : "subquery";
          r = Relation.derived(sub, sub, ctx.queries.bind(call, scope.parent, scope.ctes), pos);
          break;
        default:
          r = Relation.opaque(alias != null ? alias : "?", call.getKind().lowerName.replace('_', ' '), pos);
      }
    } else {
      r = Relation.opaque(alias != null ? alias : "?", "this FROM item", pos);
    }
    return columns != null ? r.renamed(r.alias, columns) : r;
  }

  private static @Nullable List<String> columnAliases(SqlCall as) {
    int n = as.operandCount();
    if (n <= 2) {
      return null;
    }
    List<String> names = new ArrayList<>(n - 2);
    for (int i = 2; i < n; i++) {
      names.add(((SqlIdentifier) as.operand(i)).getSimple());
    }
    return names;
  }

  private Relation table(SqlIdentifier id, @Nullable String alias) {
    List<String> names = id.names;
    SqlParserPos pos = id.getParserPosition();
    String last = names.get(names.size() - 1);
    String a = alias != null ? alias : last;
    if (names.size() == 1) {
      BoundQuery cte = CteEnv.find(scope.ctes, last);
      if (cte != null) {
        return Relation.derived(a, last, cte, pos);
      }
    }
    List<String> parts = alias == null ? names : List.of();
    return switch (ctx.lookup.resolve(names)) {
      case Resolution.Model m -> {
        ctx.upstream(m.name(), UpstreamRef.Kind.MODEL);
        yield Relation.base(a, parts, m.name(), m.schema(), pos);
      }
      case Resolution.Source s -> {
        ctx.upstream(s.qualifiedName(), UpstreamRef.Kind.SOURCE);
        yield Relation.base(a, parts, s.qualifiedName(), s.schema(), pos);
      }
      case Resolution.Unknown u -> {
        String name = String.join(".", names);
        ctx.upstream(name, UpstreamRef.Kind.UNKNOWN);
        if (u.namespaceKnown()) {
          String close = Suggestions.closest(name, ctx.lookup.knownTableNames());
          ctx.report(DiagnosticCode.E002, "table `" + name + "` not found", pos,
              close != null ? "did you mean `" + close + "`?" : null);
        }
        yield Relation.unknownTable(a, parts, name, pos);
      }
    };
  }

  private void join(SqlJoin join) {
    int start = scope.relations.size();
    from(join.getLeft());
    int mid = scope.relations.size();
    from(join.getRight());
    int end = scope.relations.size();
    switch (join.getJoinType()) {
      case LEFT -> nullable(mid, end);
      case RIGHT -> nullable(start, mid);
      case FULL -> nullable(start, end);
      default -> { }
    }
    LineageSink sink = LineageSink.indirect(owner.rowShaping, Transform.Role.JOIN_KEY);
    owner.typer.sink = sink;
    if (join.isNatural()) {
      natural(start, mid, end, join.getParserPosition(), sink);
    }
    if (join.getConditionType() == JoinConditionType.ON) {
      on(join.getCondition(), sink);
    } else if (join.getConditionType() == JoinConditionType.USING && join.getCondition() instanceof SqlNodeList l) {
      for (SqlNode n : l) {
        using((SqlIdentifier) n, start, mid, end, sink);
      }
    }
    owner.note(sink.unresolvedReason());
  }

  private void nullable(int from, int to) {
    for (int i = from; i < to; i++) {
      scope.relations.get(i).forcedNullable = true;
    }
  }

  private void on(@Nullable SqlNode condition, LineageSink sink) {
    if (condition == null) {
      return;
    }
    if (condition.getKind() == SqlKind.AND) {
      for (SqlNode c : ((SqlCall) condition).getOperandList()) {
        on(c, sink);
      }
    } else if (condition.getKind() == SqlKind.EQUALS && ((SqlCall) condition).operand(0) instanceof SqlIdentifier l
        && ((SqlCall) condition).operand(1) instanceof SqlIdentifier r && !l.isStar() && !r.isStar()) {
      ColumnResolver.Hit left = ColumnResolver.resolve(ctx, scope, l);
      ColumnResolver.Hit right = ColumnResolver.resolve(ctx, scope, r);
      add(left, sink);
      add(right, sink);
      JoinKeys.check(ctx, left, String.join(".", l.names), right, String.join(".", r.names),
          condition.getParserPosition());
    } else {
      owner.typer.type(condition);
    }
  }

  private void using(SqlIdentifier column, int start, int mid, int end, LineageSink sink) {
    String name = column.names.get(column.names.size() - 1);
    ColumnResolver.Hit left = side(name, start, mid, column, "left");
    ColumnResolver.Hit right = side(name, mid, end, column, "right");
    add(left, sink);
    add(right, sink);
    if (left.relation() != null && right.relation() != null) {
      JoinKeys.check(ctx, left, left.relation().alias + "." + name, right, right.relation().alias + "." + name,
          column.getParserPosition());
    }
    hide(name, mid, end);
  }

  /** Finds a USING column among relations [from, to); E003 when they are all complete and lack it. */
  private ColumnResolver.Hit side(String name, int from, int to, SqlIdentifier at, String which) {
    Relation open = null;
    List<String> candidates = new ArrayList<>();
    for (int i = from; i < to; i++) {
      Relation r = scope.relations.get(i);
      int idx = r.indexOf(name);
      if (idx >= 0) {
        BoundColumn c = r.column(idx);
        return new ColumnResolver.Hit(r, c, c.nullable() || r.forcedNullable);
      }
      if (!r.complete && open == null) {
        open = r;
      }
      candidates.addAll(ColumnResolver.columnNames(r));
    }
    if (open != null) {
      return new ColumnResolver.Hit(open, open.unlisted(name, at.getParserPosition()), true);
    }
    String close = Suggestions.closest(name, candidates);
    ctx.report(DiagnosticCode.E003, "USING column `" + name + "` not found on the " + which + " side of the join",
        at.getParserPosition(), close != null ? "did you mean `" + close + "`?" : null);
    return new ColumnResolver.Hit(null, BoundColumn.untraceable(name, "column `" + name + "` not found",
        at.getParserPosition()), true);
  }

  private void natural(int start, int mid, int end, SqlParserPos pos, LineageSink sink) {
    for (int i = mid; i < end; i++) {
      Relation right = scope.relations.get(i);
      for (int c = 0; c < right.size(); c++) {
        String name = right.columnName(c);
        for (int j = start; j < mid; j++) {
          Relation left = scope.relations.get(j);
          int idx = left.indexOf(name);
          if (idx >= 0) {
            ColumnResolver.Hit l = new ColumnResolver.Hit(left, left.column(idx), left.column(idx).nullable());
            ColumnResolver.Hit r = new ColumnResolver.Hit(right, right.column(c), right.column(c).nullable());
            add(l, sink);
            add(r, sink);
            JoinKeys.check(ctx, l, left.alias + "." + name, r, right.alias + "." + name, pos);
            hide(name, mid, end);
            break;
          }
        }
      }
    }
  }

  private void hide(String name, int from, int to) {
    for (int i = from; i < to; i++) {
      Relation r = scope.relations.get(i);
      if (r.hiddenInStar == null) {
        r.hiddenInStar = new ArrayList<>(2);
      }
      r.hiddenInStar.add(name);
    }
  }

  private static void add(ColumnResolver.Hit hit, LineageSink sink) {
    sink.addAll(hit.column().lineage());
    sink.unresolved(hit.column().unresolved());
  }
}
