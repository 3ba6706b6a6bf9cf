package dev.rocky.compiler.bind;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOrderBy;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlWith;
import org.apache.calcite.sql.SqlWithItem;
import org.jspecify.annotations.Nullable;

/** Binds any query form: SELECT, WITH (CTEs, recursive ones too), ORDER BY/LIMIT, set operations, VALUES. */
final class QueryBinder {
  private final BindContext ctx;

  QueryBinder(BindContext ctx) {
    this.ctx = ctx;
  }

  BoundQuery bind(SqlNode node, @Nullable Scope outer, @Nullable CteEnv ctes) {
    if (node instanceof SqlSelect select) {
      return new SelectBinder(ctx, outer, ctes).bind(select, null, false);
    }
    if (node instanceof SqlOrderBy orderBy) {
      boolean limited = orderBy.fetch != null || orderBy.offset != null;
      if (orderBy.query instanceof SqlSelect select) {
        return new SelectBinder(ctx, outer, ctes).bind(select, orderBy.orderList, limited);
      }
      BoundQuery q = bind(orderBy.query, outer, ctes);
      return limited ? SetOps.orderedByOutput(q, orderBy.orderList) : q;
    }
    if (node instanceof SqlWith with) {
      return with(with, outer, ctes);
    }
    return switch (node.getKind()) {
      case UNION, INTERSECT, EXCEPT -> {
        SqlCall call = (SqlCall) node;
        yield SetOps.combine(node.getKind(), bind(call.operand(0), outer, ctes), bind(call.operand(1), outer, ctes));
      }
      case VALUES -> values((SqlCall) node, outer, ctes);
      default -> new BoundQuery(List.of(), List.of(), null, false, null,
          "lineage through a " + node.getKind().lowerName.replace('_', ' ') + " query is not supported");
    };
  }

  private BoundQuery with(SqlWith with, @Nullable Scope outer, @Nullable CteEnv ctes) {
    CteEnv env = ctes;
    for (SqlNode n : with.withList) {
      SqlWithItem item = (SqlWithItem) n;
      String name = item.name.getSimple();
      BoundQuery q;
      boolean recursive = item.recursive != null && item.recursive.booleanValue();
      if (recursive && item.query.getKind() == SqlKind.UNION) {
        // The anchor branch gives the columns the recursive branch refers to.
        BoundQuery anchor = bind(((SqlCall) item.query).operand(0), outer, env);
        q = bind(item.query, outer, new CteEnv(name, renamed(anchor, item.columnList), env));
      } else {
        q = bind(item.query, outer, env);
      }
      env = new CteEnv(name, renamed(q, item.columnList), env);
    }
    return bind(with.body, outer, env);
  }

  private static BoundQuery renamed(BoundQuery q, @Nullable SqlNodeList names) {
    if (names == null || names.isEmpty()) {
      return q;
    }
    List<BoundColumn> cols = new ArrayList<>(q.columns().size());
    for (int i = 0; i < q.columns().size(); i++) {
      BoundColumn c = q.columns().get(i);
      cols.add(i < names.size() ? c.withName(names.get(i).toString()) : c);
    }
    return new BoundQuery(cols, q.rowShaping(), q.rowShapingUnresolved(), q.complete(), q.openOrigin(),
        q.incompleteReason());
  }

  /** {@code VALUES (..), (..)}: columns {@code col0, col1, ...}, typed by folding the rows. */
  private BoundQuery values(SqlCall values, @Nullable Scope outer, @Nullable CteEnv ctes) {
    ExpressionTyper typer = new ExpressionTyper(ctx, new Scope(outer, ctes));
    List<Typed.Fold> folds = new ArrayList<>();
    List<LineageSink> sinks = new ArrayList<>();
    for (SqlNode row : values.getOperandList()) {
      List<SqlNode> cells = row instanceof SqlCall r && r.getKind() == SqlKind.ROW ? r.getOperandList() : List.of(row);
      for (int i = 0; i < cells.size(); i++) {
        if (i == folds.size()) {
          folds.add(new Typed.Fold());
          sinks.add(LineageSink.value(dev.rocky.core.lineage.Transform.EXPRESSION));
        }
        typer.sink = sinks.get(i);
        folds.get(i).add(typer.type(cells.get(i)));
      }
    }
    List<BoundColumn> cols = new ArrayList<>(folds.size());
    for (int i = 0; i < folds.size(); i++) {
      Typed.Fold f = folds.get(i);
      cols.add(new BoundColumn("col" + i, Typed.of(f.type(), f.anyNullable()), sinks.get(i).items,
          sinks.get(i).unresolvedReason(), values.getParserPosition()));
    }
    return new BoundQuery(cols, List.of(), null, true, null, null);
  }
}
