package dev.rocky.compiler.bind;

import dev.rocky.core.lineage.Transform;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlNumericLiteral;

/**
 * UNION / INTERSECT / EXCEPT: names from the first branch, types the supertype across branches. For
 * UNION every branch's columns flow into the output; for INTERSECT and EXCEPT the right branch only
 * decides which rows survive, so its columns become filter lineage.
 */
final class SetOps {
  private SetOps() {}

  static BoundQuery combine(SqlKind kind, BoundQuery left, BoundQuery right) {
    boolean union = kind == SqlKind.UNION;
    int n = left.columns().size();
    List<BoundColumn> cols = new ArrayList<>(n);
    List<Contribution> shaping = new ArrayList<>(left.rowShaping().size() + right.rowShaping().size());
    shaping.addAll(left.rowShaping());
    shaping.addAll(right.rowShaping());
    String shapingUnresolved = left.rowShapingUnresolved() != null ? left.rowShapingUnresolved()
        : right.rowShapingUnresolved();
    LineageSink filter = LineageSink.indirect(shaping, Transform.Role.FILTER);
    for (int i = 0; i < n; i++) {
      BoundColumn l = left.columns().get(i);
      if (i >= right.columns().size()) {
        cols.add(l);
        continue;
      }
      BoundColumn r = right.columns().get(i);
      Typed.Fold fold = new Typed.Fold().add(l.typed()).add(r.typed());
      Typed t = fold.type().isUnknown() && l.typed().isNullLiteral() && r.typed().isNullLiteral()
          ? Typed.NULL : Typed.of(fold.type(), union ? fold.anyNullable() : l.nullable());
      List<Contribution> lineage = l.lineage();
      String unresolved = l.unresolved();
      if (union) {
        lineage = new ArrayList<>(l.lineage().size() + r.lineage().size());
        lineage.addAll(l.lineage());
        lineage.addAll(r.lineage());
        unresolved = unresolved != null ? unresolved : r.unresolved();
      } else {
        filter.addAll(r.lineage());
        filter.unresolved(r.unresolved());
      }
      cols.add(new BoundColumn(l.name(), t, lineage, unresolved, l.pos()));
    }
    if (filter.unresolvedReason() != null && shapingUnresolved == null) {
      shapingUnresolved = filter.unresolvedReason();
    }
    return new BoundQuery(cols, shaping, shapingUnresolved, left.complete(), left.openOrigin(),
        left.incompleteReason());
  }

  /** ORDER BY ... LIMIT over a set operation: the ordering output columns shape the rows. */
  static BoundQuery orderedByOutput(BoundQuery q, SqlNodeList order) {
    List<Contribution> shaping = new ArrayList<>(q.rowShaping());
    LineageSink sink = LineageSink.indirect(shaping, Transform.Role.ORDER_BY);
    for (SqlNode o : order) {
      SqlNode e = o;
      while (e instanceof org.apache.calcite.sql.SqlCall c && (e.getKind() == SqlKind.DESCENDING
          || e.getKind() == SqlKind.NULLS_FIRST || e.getKind() == SqlKind.NULLS_LAST)) {
        e = c.operand(0);
      }
      BoundColumn col = null;
      if (e instanceof SqlNumericLiteral n && n.isExact()) {
        int i = n.intValue(false);
        col = i >= 1 && i <= q.columns().size() ? q.columns().get(i - 1) : null;
      } else if (e instanceof SqlIdentifier id) {
        String name = id.names.get(id.names.size() - 1);
        for (BoundColumn c : q.columns()) {
          if (c.name().equalsIgnoreCase(name)) {
            col = c;
            break;
          }
        }
      }
      if (col != null) {
        sink.addAll(col.lineage());
      }
    }
    return new BoundQuery(q.columns(), shaping, q.rowShapingUnresolved(), q.complete(), q.openOrigin(),
        q.incompleteReason());
  }
}
