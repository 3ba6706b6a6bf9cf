package dev.rocky.compiler.dsl;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code select}: a stage with no projection takes the list as is; after {@code derive} the list
 * picks derived columns by name (their expressions move into the list); after {@code group} or
 * another {@code select} a list of known names narrows the projection. Anything else is applied
 * to a subquery.
 */
final class Projections {
  private final Lowering lowering;

  Projections(Lowering lowering) {
    this.lowering = lowering;
  }

  Stage select(Stage s, Step.Select sel) {
    if (s.distinct || s.limit != null) {
      return explicit(lowering.wrap(s), sel);
    }
    return switch (s.projection) {
      case NONE -> explicit(s, sel);
      case EXTEND -> flatAfterDerive(s, sel) ? pick(s, sel) : explicit(lowering.wrap(s), sel);
      case EXPLICIT, GROUPED -> narrows(s, sel) ? pick(s, sel) : explicit(lowering.wrap(s), sel);
    };
  }

  private static boolean flatAfterDerive(Stage s, Step.Select sel) {
    for (Step.Item item : sel.items()) {
      switch (item) {
        case Step.Item.Star star -> {
          return false;
        }
        case Step.Item.Named n -> {
          if (Exprs.mentions(n.binding().expr(), s.bound.keySet())) {
            return false;
          }
        }
        case Step.Item.Column c -> {
          // a derived name takes its expression; another column is read from the source
        }
      }
    }
    return true;
  }

  private static boolean narrows(Stage s, Step.Select sel) {
    for (Step.Item item : sel.items()) {
      if (!(item instanceof Step.Item.Column c && c.column() instanceof Expr.Column col && s.items.containsKey(col.name()))) {
        return false;
      }
    }
    return true;
  }

  /** Replaces the projection with the selected items, reusing the expressions bound to their names. */
  private static Stage pick(Stage s, Step.Select sel) {
    Map<String, Sql> items = new LinkedHashMap<>();
    Map<String, Expr> bound = new LinkedHashMap<>();
    for (Step.Item item : sel.items()) {
      switch (item) {
        case Step.Item.Column c -> {
          String name = Lowering.outputName(c.column());
          boolean known = c.column() instanceof Expr.Column && s.items.containsKey(name);
          items.put(name, known ? s.items.get(name) : ExprLowering.lower(c.column()));
          if (known && s.bound.containsKey(name)) {
            bound.put(name, s.bound.get(name));
          }
        }
        case Step.Item.Named n -> {
          items.put(n.binding().name(), Lowering.named(n.binding()));
          bound.put(n.binding().name(), n.binding().expr());
        }
        case Step.Item.Star star -> throw new IllegalStateException("a star is never picked");
      }
    }
    if (s.projection != Stage.Projection.GROUPED) {
      s.projection = Stage.Projection.EXPLICIT;
    }
    s.items.clear();
    s.items.putAll(items);
    s.bound.clear();
    s.bound.putAll(bound);
    return s;
  }

  private static Stage explicit(Stage s, Step.Select sel) {
    s.projection = Stage.Projection.EXPLICIT;
    s.items.clear();
    s.bound.clear();
    int unnamed = 0;
    for (Step.Item item : sel.items()) {
      switch (item) {
        case Step.Item.Star star -> s.items.put("*" + (unnamed++),
            star.qualifier() == null ? Sql.at(star.pos(), "*") : Sql.verbatim(star.pos(), star.qualifier() + ".*"));
        case Step.Item.Column c -> s.items.put(Lowering.outputName(c.column()), ExprLowering.lower(c.column()));
        case Step.Item.Named n -> {
          s.items.put(n.binding().name(), Lowering.named(n.binding()));
          s.bound.put(n.binding().name(), n.binding().expr());
        }
      }
    }
    return s;
  }
}
