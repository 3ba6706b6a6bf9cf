package dev.rocky.compiler.dsl;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A DSL expression. Every node knows where it starts in the {@code .rocky} file. */
sealed interface Expr {

  Pos pos();

  /** A column: {@code amount}. */
  record Column(String name, Pos pos) implements Expr {}

  /** A qualified column: {@code c.name}. */
  record Qualified(String qualifier, String name, Pos pos) implements Expr {}

  record Str(String value, Pos pos) implements Expr {}

  record Num(String digits, Pos pos) implements Expr {}

  /** {@code @2025-01-31} or {@code @2025-01-31T10:00:00Z}; {@code value} has no {@code @}. */
  record DateLit(String value, Pos pos) implements Expr {}

  record Bool(boolean value, Pos pos) implements Expr {}

  record Null(Pos pos) implements Expr {}

  /** {@code @var(...)}, {@code @start_date}, {@code @end_date}: kept as written for the compiler. */
  record Placeholder(String text, Pos pos) implements Expr {}

  record Binary(Expr left, BinOp op, Expr right, Pos pos) implements Expr {}

  record Not(Expr operand, Pos pos) implements Expr {}

  record Negate(Expr operand, Pos pos) implements Expr {}

  /** {@code name(args)}; {@code count()} and {@code count(*)} have {@code star}. */
  record Call(String name, List<Expr> args, boolean distinct, boolean star, Pos pos) implements Expr {
    public Call {
      args = List.copyOf(args);
    }
  }

  record IsNull(Expr operand, boolean negated, Pos pos) implements Expr {}

  record InList(Expr operand, List<Expr> values, boolean negated, Pos pos) implements Expr {
    public InList {
      values = List.copyOf(values);
    }
  }

  /** {@code match x { > 1 => a, _ => b }}; without a subject each arm's pattern is a condition. */
  record Match(@Nullable Expr subject, List<Arm> arms, Pos pos) implements Expr {
    public Match {
      arms = List.copyOf(arms);
    }
  }

  /** One arm: {@code op} compares the subject with {@code value}; a null {@code value} is {@code _}. */
  record Arm(@Nullable BinOp op, @Nullable Expr value, Expr result) {}

  /** {@code f(args) over (partition a, sort -b, rows unbounded..current)}. */
  record Window(Call call, List<Expr> partitionBy, List<SortKey> orderBy, @Nullable Frame frame, Pos pos)
      implements Expr {
    public Window {
      partitionBy = List.copyOf(partitionBy);
      orderBy = List.copyOf(orderBy);
    }
  }

  /** A window frame; bounds are {@code null} for unbounded, 0 for the current row, else rows away (negative: preceding). */
  record Frame(boolean rows, @Nullable Integer start, @Nullable Integer end) {}

  record SortKey(Expr expr, boolean descending) {}

  /** Binary operators, with SQL precedence (higher binds tighter). */
  enum BinOp {
    OR("OR", 1),
    AND("AND", 2),
    EQ("=", 4),
    NEQ("IS DISTINCT FROM", 4),
    LT("<", 4),
    LTE("<=", 4),
    GT(">", 4),
    GTE(">=", 4),
    ADD("+", 5),
    SUB("-", 5),
    MUL("*", 6),
    DIV("/", 6),
    MOD("%", 6);

    final String sql;
    final int precedence;

    BinOp(String sql, int precedence) {
      this.sql = sql;
      this.precedence = precedence;
    }

    boolean associative() {
      return this == OR || this == AND || this == ADD || this == MUL;
    }
  }
}
