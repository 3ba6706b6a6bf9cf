package dev.rocky.compiler.dsl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One flat {@code SELECT} being assembled from pipeline steps. Steps fill its clauses in SQL's
 * order of evaluation; a step that would have to come earlier than what is already filled (a
 * {@code derive} after a {@code group}, a {@code where} after a {@code take}) makes the
 * {@link Lowering} wrap this stage as a subquery and start a new one.
 */
final class Stage {
  /** What the SELECT list is so far. */
  enum Projection {
    /** {@code *}. */
    NONE,
    /** {@code *} (or {@code t.*}) plus derived or kept columns. */
    EXTEND,
    /** The columns of a {@code select}. */
    EXPLICIT,
    /** Group keys and aggregates. */
    GROUPED
  }

  Sql from;
  /** How columns of the {@code from} relation are qualified in join conditions. */
  String qualifier;
  /** Whether {@code from} is a dotted table name without an alias. */
  final boolean dottedTable;
  /** Whether the from relation must be given {@code qualifier} as an alias (a dotted table joined on keys). */
  boolean aliasFrom;
  final List<Sql> joins = new ArrayList<>();
  final List<Sql> where = new ArrayList<>();
  final List<Sql> groupBy = new ArrayList<>();
  final List<Sql> having = new ArrayList<>();
  Projection projection = Projection.NONE;
  Sql base = Sql.text("*");
  /** The SELECT items, by output name in order (unnamed items under a key of their own). */
  final Map<String, Sql> items = new LinkedHashMap<>();
  /** Output names bound to expressions in this stage (derived, aggregated or renamed). */
  final Map<String, Expr> bound = new LinkedHashMap<>();
  boolean distinct;
  final List<Sql> orderBy = new ArrayList<>();
  @Nullable String limit;

  Stage(Sql from, String qualifier, boolean dottedTable) {
    this.from = from;
    this.qualifier = qualifier;
    this.dottedTable = dottedTable;
  }

  boolean hasJoins() {
    return !joins.isEmpty();
  }

  Sql render() {
    List<Sql> parts = new ArrayList<>();
    parts.add(Sql.text(distinct ? "SELECT DISTINCT " : "SELECT "));
    parts.add(selectList());
    parts.add(Sql.text("\nFROM "));
    parts.add(from);
    if (aliasFrom) {
      parts.add(Sql.text(" AS " + qualifier));
    }
    for (Sql j : joins) {
      parts.add(Sql.text("\n"));
      parts.add(j);
    }
    clause(parts, "\nWHERE ", " AND ", where);
    clause(parts, "\nGROUP BY ", ", ", groupBy);
    clause(parts, "\nHAVING ", " AND ", having);
    clause(parts, "\nORDER BY ", ", ", orderBy);
    if (limit != null) {
      parts.add(Sql.text("\nLIMIT " + limit));
    }
    return Sql.of(parts.toArray(Sql[]::new));
  }

  private Sql selectList() {
    List<Sql> list = new ArrayList<>();
    if (projection == Projection.NONE || projection == Projection.EXTEND) {
      list.add(base);
    }
    list.addAll(items.values());
    return Sql.join(", ", list);
  }

  private static void clause(List<Sql> parts, String keyword, String separator, List<Sql> items) {
    if (!items.isEmpty()) {
      parts.add(Sql.text(keyword));
      parts.add(Sql.join(separator, items));
    }
  }
}
