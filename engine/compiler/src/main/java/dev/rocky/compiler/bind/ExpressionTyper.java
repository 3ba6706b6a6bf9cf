package dev.rocky.compiler.bind;

import dev.rocky.core.lineage.Transform;
import dev.rocky.core.types.RockyType;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlDynamicParam;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlWindow;
import org.apache.calcite.sql.fun.SqlCase;
import org.jspecify.annotations.Nullable;

/**
 * Types expressions (Rocky's rules, spec 4.2) and feeds the columns they read into the current
 * {@link LineageSink}. Function calls are typed by {@link FunctionTyper}; subqueries are bound by the
 * {@link QueryBinder} with this scope as their parent.
 */
final class ExpressionTyper {
  final BindContext ctx;
  final Scope scope;
  LineageSink sink;
  /** True while typing the function of an OVER clause (a window function, not a grouping aggregate). */
  boolean insideOver;

  ExpressionTyper(BindContext ctx, Scope scope) {
    this.ctx = ctx;
    this.scope = scope;
    this.sink = LineageSink.value(Transform.EXPRESSION);
  }

  Typed type(@Nullable SqlNode node) {
    if (node == null) {
      return Typed.UNKNOWN;
    }
    if (node instanceof SqlIdentifier id) {
      return identifier(id);
    }
    if (node instanceof SqlLiteral lit) {
      return Literals.type(lit);
    }
    if (node instanceof SqlDynamicParam) {
      return Typed.of(RockyType.TIMESTAMP, false); // @start_date / @end_date
    }
    if (node instanceof SqlNodeList list) {
      for (SqlNode n : list) {
        type(n);
      }
      return Typed.UNKNOWN;
    }
    if (node instanceof SqlCall call) {
      return call(call);
    }
    return Typed.of(RockyType.UNKNOWN, false); // data type specs, interval qualifiers: not values
  }

  private Typed identifier(SqlIdentifier id) {
    if (id.isStar()) {
      return Typed.UNKNOWN; // COUNT(*): no column flows
    }
    ColumnResolver.Hit hit = ColumnResolver.resolve(ctx, scope, id);
    sink.addAll(hit.column().lineage());
    sink.unresolved(hit.column().unresolved());
    return hit.column().typed().withNullable(hit.nullable());
  }

  private Typed call(SqlCall call) {
    switch (call.getKind()) {
      case AS, DESCENDING, NULLS_FIRST, NULLS_LAST, PLUS_PREFIX, MINUS_PREFIX:
        return type(call.operand(0));
      case CAST:
        return cast(call, false);
      case SAFE_CAST:
        return cast(call, true);
      case CASE:
        return caseExpr((SqlCase) call);
      case IS_NULL, IS_NOT_NULL, IS_TRUE, IS_NOT_TRUE, IS_FALSE, IS_NOT_FALSE, IS_UNKNOWN, IS_DISTINCT_FROM,
          IS_NOT_DISTINCT_FROM:
        typeOperands(call);
        return Typed.BOOLEAN;
      case AND, OR, NOT, EQUALS, NOT_EQUALS, LESS_THAN, GREATER_THAN, LESS_THAN_OR_EQUAL, GREATER_THAN_OR_EQUAL,
          LIKE, SIMILAR, RLIKE, BETWEEN, POSIX_REGEX_CASE_SENSITIVE, POSIX_REGEX_CASE_INSENSITIVE:
        return typeOperands(call) ? Typed.BOOLEAN_NULLABLE : Typed.BOOLEAN;
      case IN, NOT_IN, SOME, ALL:
        return in(call);
      case EXISTS, UNIQUE:
        subquery(call.operand(0), false);
        return Typed.BOOLEAN;
      case PLUS, MINUS, TIMES, DIVIDE, MOD:
        return Arithmetic.type(call.getKind(), type(call.operand(0)), type(call.operand(1)));
      case OVER:
        return over(call);
      case FILTER:
        return filter(call);
      case WITHIN_GROUP, WITHIN_DISTINCT:
        return withinGroup(call);
      case ITEM:
        return Arithmetic.item(type(call.operand(0)), type(call.operand(1)));
      case ARRAY_VALUE_CONSTRUCTOR:
        return array(call);
      case SELECT, UNION, INTERSECT, EXCEPT, WITH, ORDER_BY, VALUES:
        return subquery(call, true);
      default:
        if ("||".equals(call.getOperator().getName())) {
          return Typed.of(RockyType.STRING, typeOperands(call));
        }
        return FunctionTyper.type(this, call);
    }
  }

  /** Types every operand (for their lineage); returns whether any of them is nullable. */
  boolean typeOperands(SqlCall call) {
    boolean nullable = false;
    for (SqlNode op : call.getOperandList()) {
      if (op != null) {
        nullable |= type(op).nullable();
      }
    }
    return nullable;
  }

  private Typed cast(SqlCall call, boolean tryCast) {
    Typed inner = type(call.operand(0));
    SqlNode target = call.operand(1);
    RockyType t = target instanceof SqlDataTypeSpec spec ? CastTypes.of(spec) : RockyType.UNKNOWN;
    return Typed.of(t, tryCast || inner.nullable());
  }

  private Typed caseExpr(SqlCase c) {
    type(c.getValueOperand());
    for (SqlNode when : c.getWhenOperands()) {
      type(when);
    }
    Typed.Fold fold = new Typed.Fold();
    for (SqlNode then : c.getThenOperands()) {
      fold.add(type(then));
    }
    SqlNode otherwise = c.getElseOperand();
    fold.add(otherwise == null ? Typed.NULL : type(otherwise)); // no ELSE: NULL
    return Typed.of(fold.type(), fold.anyNullable());
  }

  private Typed in(SqlCall call) {
    boolean nullable = type(call.operand(0)).nullable();
    SqlNode right = call.operand(1);
    if (right instanceof SqlNodeList list) {
      for (SqlNode n : list) {
        nullable |= type(n).nullable();
      }
    } else {
      subquery(right, true);
    }
    return nullable ? Typed.BOOLEAN_NULLABLE : Typed.BOOLEAN;
  }

  /** Binds a subquery; its rows' shaping always flows in, its first column's values when asked. */
  private Typed subquery(SqlNode query, boolean values) {
    BoundQuery q = ctx.queries.bind(query, scope, scope.ctes);
    Typed result = Typed.BOOLEAN;
    if (values && q.columns().isEmpty()) {
      sink.unresolved(q.incompleteReason());
      result = Typed.UNKNOWN;
    } else if (values) {
      BoundColumn first = q.columns().get(0);
      sink.addAll(first.lineage());
      sink.unresolved(first.unresolved());
      result = Typed.of(first.type(), true); // a scalar subquery may return no row
    }
    sink.addAll(q.rowShaping());
    sink.unresolved(q.rowShapingUnresolved());
    return result;
  }

  private Typed over(SqlCall call) {
    boolean previous = insideOver;
    insideOver = true;
    Typed t = type(call.operand(0));
    insideOver = previous;
    window(call.operand(1));
    return t;
  }

  private void window(@Nullable SqlNode node) {
    SqlWindow w = null;
    if (node instanceof SqlWindow sw) {
      w = sw;
    } else if (node instanceof SqlIdentifier name) {
      w = named(name.getSimple());
    }
    if (w == null) {
      return;
    }
    Transform.Role previous = sink.enterIndirect(Transform.Role.WINDOW);
    type(w.getPartitionList());
    type(w.getOrderList());
    sink.restoreRole(previous);
    if (w.getRefName() != null) {
      window(w.getRefName());
    }
  }

  private @Nullable SqlWindow named(String name) {
    if (scope.windows != null) {
      for (SqlNode n : scope.windows) {
        if (n instanceof SqlWindow w && w.getDeclName() != null && w.getDeclName().getSimple().equalsIgnoreCase(name)) {
          return w;
        }
      }
    }
    return null;
  }

  private Typed filter(SqlCall call) {
    Typed t = type(call.operand(0));
    Transform.Role previous = sink.enterIndirect(Transform.Role.FILTER);
    type(call.operand(1));
    sink.restoreRole(previous);
    return t;
  }

  private Typed withinGroup(SqlCall call) {
    SqlNode fn = call.operand(0);
    String name = fn instanceof SqlCall c ? c.getOperator().getName() : "";
    if (name.equalsIgnoreCase("percentile_disc") || name.equalsIgnoreCase("percentile_cont")
        || name.equalsIgnoreCase("mode")) {
      type(fn);
      Typed ordered = Typed.UNKNOWN;
      for (SqlNode n : (SqlNodeList) call.operand(1)) {
        ordered = type(n);
      }
      sink.sawAggregate |= !insideOver;
      return name.equalsIgnoreCase("percentile_cont") ? Typed.of(RockyType.FLOAT64, true) : ordered.withNullable(true);
    }
    Typed t = type(fn);
    Transform.Role previous = sink.enterIndirect(Transform.Role.ORDER_BY);
    type(call.operand(1));
    sink.restoreRole(previous);
    return t;
  }

  private Typed array(SqlCall call) {
    Typed.Fold fold = new Typed.Fold();
    for (SqlNode op : call.getOperandList()) {
      fold.add(type(op));
    }
    return Typed.of(new RockyType.Array(fold.type()), false);
  }
}
