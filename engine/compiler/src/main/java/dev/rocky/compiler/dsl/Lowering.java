package dev.rocky.compiler.dsl;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Lowers a parsed file to one SQL query: {@code let} bindings become CTEs and the pipeline is
 * folded into as few nested SELECTs as its meaning allows (see {@link Stage}). Pipeline
 * semantics are kept: a {@code where} after a {@code derive} sees the derived columns (their
 * expressions are inlined), a {@code where} after a {@code group} filters groups ({@code HAVING}),
 * and a step that SQL would evaluate too early is applied to a subquery instead.
 */
final class Lowering {
  private int subqueries;

  static Sql lower(RockyFile file) {
    Lowering l = new Lowering();
    List<Sql> parts = new ArrayList<>();
    for (int k = 0; k < file.lets().size(); k++) {
      RockyFile.Let let = file.lets().get(k);
      parts.add(Sql.text(k == 0 ? "WITH " : ",\n"));
      parts.add(Sql.at(let.pos(), Sql.verbatim(let.pos(), let.name()), Sql.text(" AS (\n"), l.pipeline(let.pipeline()),
          Sql.text("\n)")));
    }
    if (!parts.isEmpty()) {
      parts.add(Sql.text("\n"));
    }
    parts.add(l.pipeline(file.pipeline()));
    return Sql.of(parts.toArray(Sql[]::new));
  }

  private Sql pipeline(List<Step> steps) {
    Step.From from = (Step.From) steps.get(0);
    String last = from.table().substring(from.table().lastIndexOf('.') + 1);
    Sql table = Sql.verbatim(from.tablePos(), from.table());
    Stage stage = new Stage(from.alias() == null ? table : Sql.of(table, Sql.text(" AS " + from.alias())),
        from.alias() == null ? last : from.alias(), from.alias() == null && from.table().contains("."));
    stage.base = Sql.at(from.pos(), "*");
    for (Step step : steps.subList(1, steps.size())) {
      stage = apply(stage, step);
    }
    return stage.render();
  }

  Stage wrap(Stage s) {
    String alias = "_s" + (++subqueries);
    return new Stage(Sql.of(Sql.text("(\n"), s.render(), Sql.text("\n) AS " + alias)), alias, false);
  }

  private Stage apply(Stage s, Step step) {
    return switch (step) {
      case Step.From f -> throw new DslSyntaxError("a pipeline has one `from`", f.pos(), 4, "combine tables with `join`");
      case Step.Where w -> where(s, w);
      case Step.Derive d -> derive(s, d);
      case Step.Group g -> group(s, g);
      case Step.Select sel -> new Projections(this).select(s, sel);
      case Step.Join j -> join(s, j);
      case Step.Sort so -> sort(s, so);
      case Step.Take t -> take(s, t);
      case Step.Distinct d -> distinct(s);
    };
  }

  private Stage where(Stage s, Step.Where w) {
    Expr predicate = w.predicate();
    if (s.distinct || !s.orderBy.isEmpty() || s.limit != null) {
      return where(wrap(s), w);
    }
    if (s.projection == Stage.Projection.GROUPED) {
      if (containsWindow(predicate) || windowBound(s, predicate)) {
        return where(wrap(s), w);
      }
      s.having.add(ExprLowering.child(Exprs.substitute(predicate, s.bound), Expr.BinOp.AND.precedence, false, null));
      return s;
    }
    if (Exprs.aggregatesOrWindows(predicate)) {
      throw new DslSyntaxError("`where` cannot filter on an aggregate or window function directly", predicate.pos(), 1,
          "compute it first with `derive { name: ... }` or `group`, then filter on the name");
    }
    boolean computed = s.bound.entrySet().stream()
        .anyMatch(e -> Exprs.aggregatesOrWindows(e.getValue()) && Exprs.mentions(predicate, Set.of(e.getKey())));
    if (computed) {
      return where(wrap(s), w);
    }
    s.where.add(ExprLowering.child(Exprs.substitute(predicate, s.bound), Expr.BinOp.AND.precedence, false, null));
    return s;
  }

  private static boolean containsWindow(Expr e) {
    return e instanceof Expr.Window || Exprs.children(e).stream().anyMatch(Lowering::containsWindow);
  }

  private static boolean windowBound(Stage s, Expr predicate) {
    return s.bound.entrySet().stream()
        .anyMatch(e -> containsWindow(e.getValue()) && Exprs.mentions(predicate, Set.of(e.getKey())));
  }

  private Stage derive(Stage s, Step.Derive d) {
    for (Step.Binding b : d.bindings()) {
      boolean projectionFixed = s.projection == Stage.Projection.EXPLICIT || s.projection == Stage.Projection.GROUPED;
      if (projectionFixed || s.distinct || s.limit != null || Exprs.mentions(b.expr(), s.bound.keySet())) {
        s = wrap(s);
      }
      s.projection = Stage.Projection.EXTEND;
      s.items.put(b.name(), named(b));
      s.bound.put(b.name(), b.expr());
    }
    return s;
  }

  static Sql named(Step.Binding b) {
    return Sql.of(ExprLowering.lower(b.expr()), Sql.text(" AS "), Sql.verbatim(b.namePos(), b.name()));
  }

  private Stage group(Stage s, Step.Group g) {
    if (s.projection != Stage.Projection.NONE || s.distinct || !s.orderBy.isEmpty() || s.limit != null) {
      s = wrap(s);
    }
    s.projection = Stage.Projection.GROUPED;
    for (Expr key : g.keys()) {
      Sql sql = ExprLowering.lower(key);
      s.groupBy.add(sql);
      s.items.put(outputName(key), sql);
    }
    for (Step.Binding b : g.aggregates()) {
      s.items.put(b.name(), named(b));
      s.bound.put(b.name(), b.expr());
    }
    if (s.items.isEmpty()) {
      throw new DslSyntaxError("`group` needs keys or aggregates", g.pos(), 5, "write `group key { total: sum(amount) }`");
    }
    return s;
  }

  static String outputName(Expr e) {
    return switch (e) {
      case Expr.Column c -> c.name();
      case Expr.Qualified q -> q.name();
      default -> "#" + System.identityHashCode(e);
    };
  }

  private Stage join(Stage s, Step.Join j) {
    boolean keepOnly = s.projection == Stage.Projection.EXTEND && s.bound.isEmpty();
    if (!(s.projection == Stage.Projection.NONE || keepOnly) || s.distinct || !s.orderBy.isEmpty() || s.limit != null) {
      s = wrap(s);
    }
    String right = j.alias() != null ? j.alias() : j.table().substring(j.table().lastIndexOf('.') + 1);
    List<Sql> parts = new ArrayList<>();
    parts.add(Sql.text(j.type().sql + " "));
    parts.add(Sql.verbatim(j.tablePos(), j.table()));
    if (j.alias() != null || j.table().contains(".")) {
      parts.add(Sql.text(" AS " + right));
    }
    boolean using = j.keep().isEmpty() && j.condition() == null && !j.keys().isEmpty() && !keepOnly;
    if (j.condition() != null) {
      parts.add(Sql.text(" ON "));
      parts.add(ExprLowering.lower(j.condition()));
    } else if (using) {
      List<Sql> keys = new ArrayList<>();
      j.keys().forEach(k -> keys.add(ExprLowering.lower(k)));
      parts.add(Sql.of(Sql.text(" USING ("), Sql.join(", ", keys), Sql.text(")")));
    } else if (!j.keys().isEmpty()) {
      s.aliasFrom = s.dottedTable;
      List<Sql> conditions = new ArrayList<>();
      for (Expr.Column k : j.keys()) {
        conditions.add(Sql.at(k.pos(), Sql.text(s.qualifier + "."), Sql.verbatim(k.pos(), k.name()),
            Sql.text(" = " + right + "."), Sql.verbatim(k.pos(), k.name())));
      }
      parts.add(Sql.text(" ON "));
      parts.add(Sql.join(" AND ", conditions));
    }
    s.joins.add(Sql.at(j.pos(), parts.toArray(Sql[]::new)));
    if (!j.keep().isEmpty()) {
      if (s.projection == Stage.Projection.NONE) {
        s.projection = Stage.Projection.EXTEND;
        s.base = Sql.text(s.qualifier + ".*");
      }
      for (Expr k : j.keep()) {
        s.items.put(outputName(k), ExprLowering.lower(k));
      }
    }
    return s;
  }

  private Stage sort(Stage s, Step.Sort so) {
    if (s.limit != null) {
      s = wrap(s);
    }
    s.orderBy.clear();
    s.orderBy.add(ExprLowering.sortKeys(so.keys()));
    return s;
  }

  private Stage take(Stage s, Step.Take t) {
    if (s.limit != null) {
      s = wrap(s);
    }
    s.limit = t.count();
    return s;
  }

  private Stage distinct(Stage s) {
    if (!s.orderBy.isEmpty() || s.limit != null) {
      s = wrap(s);
    }
    s.distinct = true;
    return s;
  }
}
