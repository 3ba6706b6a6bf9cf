package dev.rocky.compiler.dsl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Walks over expressions: the bare columns they name, whether they aggregate, substitution of names. */
final class Exprs {
  static final Set<String> AGGREGATES = Set.of(
      "sum", "count", "avg", "min", "max", "any_value", "arbitrary", "first", "last", "median", "mode",
      "stddev", "stddev_pop", "stddev_samp", "variance", "var_pop", "var_samp", "count_if", "bool_and",
      "bool_or", "string_agg", "listagg", "list", "array_agg", "approx_count_distinct", "arg_max", "arg_min",
      "max_by", "min_by", "percentile_cont", "percentile_disc", "quantile", "collect_list", "collect_set");

  private Exprs() {}

  /** Whether {@code e} names one of {@code names} as a bare column. */
  static boolean mentions(Expr e, Set<String> names) {
    return !names.isEmpty() && any(e, x -> x instanceof Expr.Column c && names.contains(c.name()));
  }

  /** Whether {@code e} contains an aggregate call or a window function. */
  static boolean aggregatesOrWindows(Expr e) {
    return any(e, x -> x instanceof Expr.Window
        || x instanceof Expr.Call c && AGGREGATES.contains(c.name().toLowerCase(Locale.ROOT)));
  }

  /** {@code e} with each bare column named in {@code bound} replaced by its expression. */
  static Expr substitute(Expr e, Map<String, Expr> bound) {
    if (bound.isEmpty()) {
      return e;
    }
    return map(e, x -> x instanceof Expr.Column c && bound.containsKey(c.name()) ? bound.get(c.name()) : null);
  }

  private static boolean any(Expr e, java.util.function.Predicate<Expr> test) {
    if (test.test(e)) {
      return true;
    }
    for (Expr child : children(e)) {
      if (any(child, test)) {
        return true;
      }
    }
    return false;
  }

  static List<Expr> children(Expr e) {
    List<Expr> out = new ArrayList<>();
    switch (e) {
      case Expr.Binary b -> {
        out.add(b.left());
        out.add(b.right());
      }
      case Expr.Not n -> out.add(n.operand());
      case Expr.Negate n -> out.add(n.operand());
      case Expr.Call c -> out.addAll(c.args());
      case Expr.IsNull i -> out.add(i.operand());
      case Expr.InList i -> {
        out.add(i.operand());
        out.addAll(i.values());
      }
      case Expr.Match m -> {
        if (m.subject() != null) {
          out.add(m.subject());
        }
        for (Expr.Arm a : m.arms()) {
          if (a.value() != null) {
            out.add(a.value());
          }
          out.add(a.result());
        }
      }
      case Expr.Window w -> {
        out.add(w.call());
        out.addAll(w.partitionBy());
        w.orderBy().forEach(k -> out.add(k.expr()));
      }
      default -> {
        // leaves
      }
    }
    return out;
  }

  /** Rebuilds {@code e} bottom-up, replacing each node for which {@code replace} answers non-null. */
  private static Expr map(Expr e, Function<Expr, Expr> replace) {
    Expr r = replace.apply(e);
    if (r != null) {
      return r;
    }
    return switch (e) {
      case Expr.Binary b -> new Expr.Binary(map(b.left(), replace), b.op(), map(b.right(), replace), b.pos());
      case Expr.Not n -> new Expr.Not(map(n.operand(), replace), n.pos());
      case Expr.Negate n -> new Expr.Negate(map(n.operand(), replace), n.pos());
      case Expr.Call c -> new Expr.Call(c.name(), c.args().stream().map(a -> map(a, replace)).toList(), c.distinct(),
          c.star(), c.pos());
      case Expr.IsNull i -> new Expr.IsNull(map(i.operand(), replace), i.negated(), i.pos());
      case Expr.InList i -> new Expr.InList(map(i.operand(), replace), i.values().stream().map(v -> map(v, replace)).toList(),
          i.negated(), i.pos());
      case Expr.Match m -> new Expr.Match(m.subject() == null ? null : map(m.subject(), replace),
          m.arms().stream().map(a -> new Expr.Arm(a.op(), a.value() == null ? null : map(a.value(), replace),
              map(a.result(), replace))).toList(), m.pos());
      case Expr.Window w -> new Expr.Window((Expr.Call) map(w.call(), replace),
          w.partitionBy().stream().map(p -> map(p, replace)).toList(),
          w.orderBy().stream().map(k -> new Expr.SortKey(map(k.expr(), replace), k.descending())).toList(), w.frame(), w.pos());
      default -> e;
    };
  }
}
