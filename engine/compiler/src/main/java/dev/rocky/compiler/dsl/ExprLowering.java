package dev.rocky.compiler.dsl;

import dev.rocky.compiler.dsl.Expr.BinOp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Lowers one expression to SQL, adding parentheses only where SQL's precedence would read it
 * differently. {@code !=} becomes the NULL-safe {@code IS DISTINCT FROM}; {@code ==} becomes
 * {@code =} ({@code == null} becomes {@code IS NULL}); functions are upper-cased; {@code count()}
 * is {@code COUNT(*)}; {@code match} is {@code CASE}; dates are {@code DATE '...'} literals.
 */
final class ExprLowering {
  private static final int NOT = 3;
  private static final int COMPARISON = 4;
  private static final int UNARY = 7;
  private static final int ATOM = 10;

  private ExprLowering() {}

  static Sql lower(Expr e) {
    return switch (e) {
      case Expr.Column c -> Sql.verbatim(c.pos(), c.name());
      case Expr.Qualified q -> Sql.verbatim(q.pos(), q.qualifier() + "." + q.name());
      case Expr.Str s -> Sql.at(s.pos(), "'" + s.value().replace("'", "''") + "'");
      case Expr.Num n -> Sql.verbatim(n.pos(), n.digits());
      case Expr.DateLit d -> Sql.at(d.pos(), DateLiterals.sql(d.value()));
      case Expr.Bool b -> Sql.at(b.pos(), b.value() ? "TRUE" : "FALSE");
      case Expr.Null n -> Sql.at(n.pos(), "NULL");
      case Expr.Placeholder p -> Sql.verbatim(p.pos(), p.text());
      case Expr.Binary b -> binary(b);
      case Expr.Not n -> Sql.at(n.pos(), Sql.text("NOT "), child(n.operand(), ATOM, false, null));
      case Expr.Negate n -> Sql.at(n.pos(), Sql.text("-"), child(n.operand(), UNARY, false, null));
      case Expr.Call c -> call(c);
      case Expr.IsNull i -> Sql.at(i.pos(), child(i.operand(), COMPARISON, false, null),
          Sql.text(i.negated() ? " IS NOT NULL" : " IS NULL"));
      case Expr.InList i -> inList(i);
      case Expr.Match m -> match(m);
      case Expr.Window w -> window(w);
    };
  }

  static int precedence(Expr e) {
    return switch (e) {
      case Expr.Binary b -> b.op().precedence;
      case Expr.Not n -> NOT;
      case Expr.IsNull i -> COMPARISON;
      case Expr.InList i -> COMPARISON;
      case Expr.Negate n -> UNARY;
      default -> ATOM;
    };
  }

  private static Sql binary(Expr.Binary b) {
    if ((b.op() == BinOp.EQ || b.op() == BinOp.NEQ) && b.right() instanceof Expr.Null) {
      return Sql.at(b.pos(), child(b.left(), COMPARISON, false, null),
          Sql.text(b.op() == BinOp.EQ ? " IS NULL" : " IS NOT NULL"));
    }
    int p = b.op().precedence;
    return Sql.at(b.pos(), child(b.left(), p, false, b.op()), Sql.text(" " + b.op().sql + " "),
        child(b.right(), p, true, b.op()));
  }

  /** {@code e} as an operand of an operator of precedence {@code parent}; parenthesized when needed. */
  static Sql child(Expr e, int parent, boolean right, @Nullable BinOp parentOp) {
    int p = precedence(e);
    boolean wrap = p < parent
        || p == parent && parent == COMPARISON
        || p == parent && right && !(parentOp != null && e instanceof Expr.Binary b && b.op() == parentOp && parentOp.associative());
    Sql sql = lower(e);
    return wrap ? Sql.of(Sql.text("("), sql, Sql.text(")")) : sql;
  }

  private static Sql call(Expr.Call c) {
    Sql name = Sql.verbatim(c.pos(), c.name().toUpperCase(Locale.ROOT));
    if (c.star()) {
      return Sql.at(c.pos(), name, Sql.text("(*)"));
    }
    List<Sql> args = new ArrayList<>();
    c.args().forEach(a -> args.add(lower(a)));
    return Sql.at(c.pos(), name, Sql.text(c.distinct() ? "(DISTINCT " : "("), Sql.join(", ", args), Sql.text(")"));
  }

  private static Sql inList(Expr.InList i) {
    List<Sql> values = new ArrayList<>();
    i.values().forEach(v -> values.add(lower(v)));
    return Sql.at(i.pos(), child(i.operand(), COMPARISON, false, null), Sql.text(i.negated() ? " NOT IN (" : " IN ("),
        Sql.join(", ", values), Sql.text(")"));
  }

  private static Sql match(Expr.Match m) {
    List<Sql> parts = new ArrayList<>();
    parts.add(Sql.text("CASE"));
    for (Expr.Arm arm : m.arms()) {
      if (arm.value() == null) {
        parts.add(Sql.text(" ELSE "));
      } else if (m.subject() == null) {
        parts.add(Sql.of(Sql.text(" WHEN "), lower(arm.value()), Sql.text(" THEN ")));
      } else {
        Expr test = new Expr.Binary(m.subject(), arm.op() == null ? BinOp.EQ : arm.op(), arm.value(), arm.value().pos());
        parts.add(Sql.of(Sql.text(" WHEN "), lower(test), Sql.text(" THEN ")));
      }
      parts.add(lower(arm.result()));
    }
    parts.add(Sql.text(" END"));
    return Sql.at(m.pos(), parts.toArray(Sql[]::new));
  }

  private static Sql window(Expr.Window w) {
    List<Sql> spec = new ArrayList<>();
    if (!w.partitionBy().isEmpty()) {
      List<Sql> keys = new ArrayList<>();
      w.partitionBy().forEach(k -> keys.add(lower(k)));
      spec.add(Sql.of(Sql.text("PARTITION BY "), Sql.join(", ", keys)));
    }
    if (!w.orderBy().isEmpty()) {
      spec.add(Sql.of(Sql.text("ORDER BY "), sortKeys(w.orderBy())));
    }
    if (w.frame() != null) {
      Expr.Frame f = w.frame();
      spec.add(Sql.text((f.rows() ? "ROWS" : "RANGE") + " BETWEEN " + bound(f.start(), "PRECEDING") + " AND "
          + bound(f.end(), "FOLLOWING")));
    }
    return Sql.at(w.pos(), lower(w.call()), Sql.text(" OVER ("), Sql.join(" ", spec), Sql.text(")"));
  }

  private static String bound(@Nullable Integer rows, String unbounded) {
    if (rows == null) {
      return "UNBOUNDED " + unbounded;
    }
    if (rows == 0) {
      return "CURRENT ROW";
    }
    return Math.abs(rows) + (rows < 0 ? " PRECEDING" : " FOLLOWING");
  }

  static Sql sortKeys(List<Expr.SortKey> keys) {
    List<Sql> out = new ArrayList<>();
    keys.forEach(k -> out.add(k.descending() ? Sql.of(lower(k.expr()), Sql.text(" DESC")) : lower(k.expr())));
    return Sql.join(", ", out);
  }
}
