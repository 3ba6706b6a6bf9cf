package dev.rocky.planner.quality;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What an assertion asserts: Rocky's assertion vocabulary, shared by pipeline assertions,
 * declarative model tests and quarantine. Row-level kinds ({@link #rowLevel()}) judge each row on
 * its own, so their failing rows can be quarantined; the others judge the table as a whole.
 */
public sealed interface AssertionKind {

  /** The wire name, e.g. {@code not_null}. */
  String id();

  /** Whether the kind needs the assertion's {@code column}. */
  boolean needsColumn();

  /** Whether each row passes or fails on its own (quarantinable). */
  default boolean rowLevel() {
    return false;
  }

  /** The column holds no NULL. */
  record NotNull() implements AssertionKind {
    public String id() { return "not_null"; }
    public boolean needsColumn() { return true; }
    public boolean rowLevel() { return true; }
  }

  /** No two rows share the column's value (NULL counts as a value, as in Rocky). */
  record Unique() implements AssertionKind {
    public String id() { return "unique"; }
    public boolean needsColumn() { return true; }
  }

  /** No two rows share the value of a SQL expression. */
  record UniqueExpr(String keyExpr) implements AssertionKind {
    public UniqueExpr {
      Objects.requireNonNull(keyExpr, "keyExpr");
    }
    public String id() { return "unique_expr"; }
    public boolean needsColumn() { return false; }
  }

  /** No two rows share the combination of {@code columns} (at least two). */
  record CompositeUnique(List<String> columns) implements AssertionKind {
    public CompositeUnique {
      columns = List.copyOf(columns);
      if (columns.size() < 2) {
        throw new IllegalArgumentException("a composite assertion needs at least two columns");
      }
    }
    public String id() { return "composite"; }
    public boolean needsColumn() { return false; }
  }

  /** Every non-NULL value is one of {@code values}, compared as string literals. */
  record AcceptedValues(List<String> values) implements AssertionKind {
    public AcceptedValues {
      values = List.copyOf(values);
      if (values.isEmpty()) {
        throw new IllegalArgumentException("accepted_values needs at least one value");
      }
    }
    public String id() { return "accepted_values"; }
    public boolean needsColumn() { return true; }
    public boolean rowLevel() { return true; }
  }

  /** Every non-NULL value is found in {@code toColumn} of {@code toTable} ({@code [catalog.]schema.table}). */
  record Relationships(String toTable, String toColumn) implements AssertionKind {
    public Relationships {
      Objects.requireNonNull(toTable, "toTable");
      Objects.requireNonNull(toColumn, "toColumn");
    }
    public String id() { return "relationships"; }
    public boolean needsColumn() { return true; }
  }

  /** A SQL boolean expression holds for every row (a NULL result passes). */
  record Expression(String expression) implements AssertionKind {
    public Expression {
      Objects.requireNonNull(expression, "expression");
    }
    public String id() { return "expression"; }
    public boolean needsColumn() { return false; }
    public boolean rowLevel() { return true; }
  }

  /** The table's row count lies in {@code [min, max]}; a missing bound is open. */
  record RowCountRange(@Nullable Long min, @Nullable Long max) implements AssertionKind {
    public RowCountRange {
      if (min == null && max == null) {
        throw new IllegalArgumentException("row_count_range needs min, max or both");
      }
    }
    public String id() { return "row_count_range"; }
    public boolean needsColumn() { return false; }
  }

  /** Every non-NULL value lies in {@code [min, max]}; a missing bound is open. */
  record InRange(@Nullable BigDecimal min, @Nullable BigDecimal max) implements AssertionKind {
    public InRange {
      if (min == null && max == null) {
        throw new IllegalArgumentException("in_range needs min, max or both");
      }
    }
    public String id() { return "in_range"; }
    public boolean needsColumn() { return true; }
    public boolean rowLevel() { return true; }
  }

  /** Every non-NULL value matches the regular expression (in the warehouse's regex dialect). */
  record RegexMatch(String pattern) implements AssertionKind {
    public RegexMatch {
      Objects.requireNonNull(pattern, "pattern");
    }
    public String id() { return "regex_match"; }
    public boolean needsColumn() { return true; }
    public boolean rowLevel() { return true; }
  }

  /** {@code op(column) cmp value} holds; {@code count} needs no column. */
  record Aggregate(AggregateOp op, Comparison cmp, BigDecimal value) implements AssertionKind {
    public Aggregate {
      Objects.requireNonNull(op, "op");
      Objects.requireNonNull(cmp, "cmp");
      Objects.requireNonNull(value, "value");
    }
    public String id() { return "aggregate"; }
    public boolean needsColumn() { return op != AggregateOp.COUNT; }
  }

  /** No value lies in the future. */
  record NotInFuture() implements AssertionKind {
    public String id() { return "not_in_future"; }
    public boolean needsColumn() { return true; }
    public boolean rowLevel() { return true; }
  }

  /** Every value is at least {@code days} days old. */
  record OlderThanNDays(int days) implements AssertionKind {
    public OlderThanNDays {
      if (days <= 0) {
        throw new IllegalArgumentException("older_than_n_days needs days > 0");
      }
    }
    public String id() { return "older_than_n_days"; }
    public boolean needsColumn() { return true; }
    public boolean rowLevel() { return true; }
  }

  /** The aggregate of an {@link Aggregate} assertion. */
  enum AggregateOp {
    SUM, COUNT, AVG, MIN, MAX
  }

  /** How an aggregate compares with its value; the assertion passes when the comparison holds. */
  enum Comparison {
    LT("<"), LTE("<="), GT(">"), GTE(">="), EQ("="), NE("<>");

    private final String symbol;

    Comparison(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }

    /** Whether {@code observed cmp value} holds. */
    public boolean holds(BigDecimal observed, BigDecimal value) {
      int c = observed.compareTo(value);
      return switch (this) {
        case LT -> c < 0;
        case LTE -> c <= 0;
        case GT -> c > 0;
        case GTE -> c >= 0;
        case EQ -> c == 0;
        case NE -> c != 0;
      };
    }
  }
}
