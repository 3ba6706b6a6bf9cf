package dev.rocky.compiler.bind;

import dev.rocky.compiler.sql.ModelParser;
import dev.rocky.core.lineage.Transform;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlNumericLiteral;
import org.apache.calcite.sql.SqlSelect;
import org.jspecify.annotations.Nullable;

/**
 * Binds one SELECT: FROM (relations, joins), the select list (stars expanded), then WHERE, GROUP BY,
 * HAVING, QUALIFY and ORDER BY, whose columns shape the rows rather than flow into them.
 */
final class SelectBinder {
  final BindContext ctx;
  final Scope scope;
  final ExpressionTyper typer;
  final List<Contribution> rowShaping = new ArrayList<>(8);
  private @Nullable String shapingUnresolved;

  SelectBinder(BindContext ctx, @Nullable Scope outer, @Nullable CteEnv ctes) {
    this.ctx = ctx;
    this.scope = new Scope(outer, ctes);
    this.typer = new ExpressionTyper(ctx, scope);
  }

  BoundQuery bind(SqlSelect select, @Nullable SqlNodeList outerOrder, boolean outerLimit) {
    scope.windows = select.getWindowList();
    new FromBinder(this).from(select.getFrom());
    for (Relation r : scope.relations) {
      rowShaping.addAll(r.rowShaping);
      note(r.rowShapingUnresolved);
    }
    SqlNodeList list = select.getSelectList();
    List<BoundColumn> items = new ArrayList<>(list.size());
    scope.items = items;
    BitSet aggregated = new BitSet();
    StarExpander.Outcome stars = new StarExpander.Outcome();
    for (int i = 0, n = list.size(); i < n; i++) {
      SqlNode item = list.get(i);
      if (i == 0 && isDistinctOnKeys(item)) {
        clause(((SqlCall) item).operand(0), Transform.Role.GROUP_BY);
      } else if (StarExpander.isStar(item)) {
        StarExpander.expand(typer, item, items, stars);
      } else if (bindItem(item, items, i)) {
        aggregated.set(items.size() - 1);
      }
    }
    clause(select.getWhere(), Transform.Role.FILTER);
    groupBy(select.getGroup(), items, aggregated);
    clause(select.getHaving(), Transform.Role.FILTER);
    clause(select.getQualify(), Transform.Role.FILTER);
    boolean limited = outerLimit || select.getFetch() != null || select.getOffset() != null;
    orderBy(select.getOrderList(), items, limited);
    orderBy(outerOrder, items, limited);
    String origin = !stars.complete && stars.openCount == 1 ? stars.openOrigin : null;
    return new BoundQuery(items, rowShaping, shapingUnresolved, stars.complete, origin, stars.reason);
  }

  /**
   * The keys of {@code SELECT DISTINCT ON (keys)}, which the parser keeps as a first item
   * {@code (keys) AS "$distinct_on"}: they pick the rows, like grouping keys, and are no output.
   */
  static boolean isDistinctOnKeys(SqlNode item) {
    return item.getKind() == SqlKind.AS && ((SqlCall) item).operand(1) instanceof SqlIdentifier alias
        && alias.isSimple() && alias.getSimple().equals(ModelParser.DISTINCT_ON);
  }

  void note(@Nullable String unresolved) {
    if (unresolved != null && shapingUnresolved == null) {
      shapingUnresolved = unresolved;
    }
  }

  /** Binds one non-star item; returns whether it contains a grouping aggregate. */
  private boolean bindItem(SqlNode item, List<BoundColumn> items, int index) {
    SqlNode expr = item;
    String alias = null;
    if (item.getKind() == SqlKind.AS) {
      SqlCall as = (SqlCall) item;
      expr = as.operand(0);
      alias = ((SqlIdentifier) as.operand(1)).getSimple();
    }
    LineageSink sink = LineageSink.value(SelectItems.topTransform(expr));
    typer.sink = sink;
    Typed t = typer.type(expr);
    String name = alias != null ? alias : SelectItems.defaultName(ctx, expr, index);
    items.add(new BoundColumn(name, t, sink.items, sink.unresolvedReason(), expr.getParserPosition()));
    return sink.sawAggregate;
  }

  private void clause(@Nullable SqlNode node, Transform.Role role) {
    if (node == null) {
      return;
    }
    LineageSink sink = LineageSink.indirect(rowShaping, role);
    typer.sink = sink;
    typer.type(node);
    note(sink.unresolvedReason());
  }

  private void groupBy(@Nullable SqlNodeList group, List<BoundColumn> items, BitSet aggregated) {
    if (group == null || group.isEmpty()) {
      return;
    }
    LineageSink sink = LineageSink.indirect(rowShaping, Transform.Role.GROUP_BY);
    typer.sink = sink;
    for (SqlNode key : group) {
      groupKey(key, items, aggregated, sink);
    }
    note(sink.unresolvedReason());
  }

  private void groupKey(SqlNode key, List<BoundColumn> items, BitSet aggregated, LineageSink sink) {
    int ordinal = ordinal(key);
    if (ordinal >= 1 && ordinal <= items.size()) {
      addItem(items.get(ordinal - 1), sink);
    } else if (key instanceof SqlNodeList list && list.isEmpty()) {
      // GROUP BY () -- also what GROUP BY ALL is rewritten to: every non-aggregate output column.
      for (int i = 0; i < items.size(); i++) {
        if (!aggregated.get(i)) {
          addItem(items.get(i), sink);
        }
      }
    } else if (key instanceof SqlNodeList list) {
      for (SqlNode k : list) {
        groupKey(k, items, aggregated, sink);
      }
    } else if (key instanceof SqlCall call && (key.getKind() == SqlKind.ROLLUP || key.getKind() == SqlKind.CUBE
        || key.getKind() == SqlKind.GROUPING_SETS || key.getKind() == SqlKind.ROW)) {
      for (SqlNode k : call.getOperandList()) {
        groupKey(k, items, aggregated, sink);
      }
    } else {
      typer.type(key);
    }
  }

  private void orderBy(@Nullable SqlNodeList order, List<BoundColumn> items, boolean limited) {
    if (order == null || order.isEmpty()) {
      return;
    }
    // Without a limit ORDER BY does not change which rows come out: resolve (for E003), keep no lineage.
    LineageSink sink = LineageSink.indirect(limited ? rowShaping : new ArrayList<>(), Transform.Role.ORDER_BY);
    typer.sink = sink;
    scope.aliasesFirst = true;
    for (SqlNode o : order) {
      SqlNode e = o;
      while (e.getKind() == SqlKind.DESCENDING || e.getKind() == SqlKind.NULLS_FIRST
          || e.getKind() == SqlKind.NULLS_LAST) {
        e = ((SqlCall) e).operand(0);
      }
      int ordinal = ordinal(e);
      if (ordinal >= 1 && ordinal <= items.size()) {
        addItem(items.get(ordinal - 1), sink);
      } else if (e instanceof SqlIdentifier id && id.names.size() == 1 && id.getSimple().equalsIgnoreCase("all")
          && ColumnResolver.quietUnqualified(scope, "all") == null) {
        for (BoundColumn c : items) {
          addItem(c, sink); // ORDER BY ALL
        }
      } else {
        typer.type(e);
      }
    }
    scope.aliasesFirst = false;
    if (limited) {
      note(sink.unresolvedReason());
    }
  }

  private static void addItem(BoundColumn item, LineageSink sink) {
    sink.addAll(item.lineage());
    sink.unresolved(item.unresolved());
  }

  private static int ordinal(SqlNode node) {
    if (node instanceof SqlNumericLiteral n && n.isExact() && (n.getScale() == null || n.getScale() == 0)) {
      return n.intValue(false);
    }
    return -1;
  }
}
