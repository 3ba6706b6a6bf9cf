package dev.rocky.compiler.dsl;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One pipeline step; {@code pos} is its keyword. */
sealed interface Step {

  Pos pos();

  /** {@code from table [as alias]}; {@code table} may be dotted. */
  record From(String table, Pos tablePos, @Nullable String alias, Pos pos) implements Step {}

  record Where(Expr predicate, Pos pos) implements Step {}

  record Derive(List<Binding> bindings, Pos pos) implements Step {
    public Derive {
      bindings = List.copyOf(bindings);
    }
  }

  /** {@code group k1, k2 { name: agg, ... }}. */
  record Group(List<Expr> keys, List<Binding> aggregates, Pos pos) implements Step {
    public Group {
      keys = List.copyOf(keys);
      aggregates = List.copyOf(aggregates);
    }
  }

  record Select(List<Item> items, Pos pos) implements Step {
    public Select {
      items = List.copyOf(items);
    }
  }

  /** {@code [left|right|full|cross] join t [as a] on k1, k2 | on cond [{ keep c1, c2 }]}. */
  record Join(JoinType type, String table, Pos tablePos, @Nullable String alias, List<Expr.Column> keys,
      @Nullable Expr condition, List<Expr> keep, Pos pos) implements Step {
    public Join {
      keys = List.copyOf(keys);
      keep = List.copyOf(keep);
    }
  }

  record Sort(List<Expr.SortKey> keys, Pos pos) implements Step {
    public Sort {
      keys = List.copyOf(keys);
    }
  }

  record Take(String count, Pos pos) implements Step {}

  record Distinct(Pos pos) implements Step {}

  /** {@code name: expr}. */
  record Binding(String name, Pos namePos, Expr expr) {}

  /** An item of {@code select}: a column, {@code *}, {@code alias.*}, or {@code name: expr}. */
  sealed interface Item {
    record Star(@Nullable String qualifier, Pos pos) implements Item {}

    record Column(Expr column) implements Item {}

    record Named(Binding binding) implements Item {}
  }

  enum JoinType {
    INNER("JOIN"),
    LEFT("LEFT JOIN"),
    RIGHT("RIGHT JOIN"),
    FULL("FULL JOIN"),
    CROSS("CROSS JOIN");

    final String sql;

    JoinType(String sql) {
      this.sql = sql;
    }
  }
}
