package dev.rocky.compiler.bind;

import dev.rocky.core.lineage.Transform;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;

/** Naming and the lineage transform of select items. */
final class SelectItems {
  private SelectItems() {}

  /**
   * Rocky's top-level rule: a bare column is {@code direct}, a CAST {@code cast}, a TRY_CAST
   * {@code try_cast}, an aggregate call (also over a window) {@code aggregation: fn}, a scalar subquery
   * passes its column's transform through, anything else is an {@code expression}.
   */
  static Transform topTransform(SqlNode expr) {
    if (expr instanceof SqlIdentifier) {
      return Transform.DIRECT;
    }
    if (!(expr instanceof SqlCall call)) {
      return Transform.EXPRESSION;
    }
    return switch (call.getKind()) {
      case AS -> topTransform(call.operand(0));
      case CAST -> Transform.CAST;
      case SAFE_CAST -> Transform.TRY_CAST;
      case OVER, FILTER, WITHIN_GROUP, WITHIN_DISTINCT -> aggregateOrExpression(call.operand(0));
      case SELECT, WITH, ORDER_BY, UNION, INTERSECT, EXCEPT -> Transform.DIRECT;
      default -> aggregateOrExpression(call);
    };
  }

  private static Transform aggregateOrExpression(SqlNode node) {
    if (node instanceof SqlCall fn && fn.getOperator().getKind() != SqlKind.AS) {
      String name = fn.getOperator().getName();
      if (FunctionTyper.isAggregate(name)) {
        return Contribution.aggregation(name);
      }
    }
    return Transform.EXPRESSION;
  }

  /**
   * The output name of an item without an alias: a column's own name (the last part), else the
   * expression's text as written (warehouses derive a name from the expression too; the exact
   * spelling differs between them).
   */
  static String defaultName(BindContext ctx, SqlNode expr, int index) {
    if (expr instanceof SqlIdentifier id && !id.isStar()) {
      return id.names.get(id.names.size() - 1);
    }
    String text = ctx.text(expr.getParserPosition());
    return text != null && !text.isEmpty() ? text : "col" + index;
  }
}
