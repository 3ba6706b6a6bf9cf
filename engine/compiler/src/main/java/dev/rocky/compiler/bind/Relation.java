package dev.rocky.compiler.bind;

import dev.rocky.core.lineage.ColumnRef;
import dev.rocky.core.lineage.Transform;
import dev.rocky.core.types.ModelSchema;
import dev.rocky.core.types.TypedColumn;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.jspecify.annotations.Nullable;

/**
 * A relation in a FROM clause: a model or source (columns from its schema, lineage to itself), a
 * table of unknown schema, or a derived relation (CTE, subquery, VALUES). Columns of base tables are
 * materialised lazily, on first reference.
 */
final class Relation {
  /** The name that qualifies its columns: the alias, else the last name part. */
  final String alias;
  /** The table name as written when it is a base table without an alias (qualified matches); else empty. */
  final List<String> nameParts;
  /** How messages name it: {@code stg_orders}, {@code raw.orders}, {@code CTE base}. */
  final String label;
  /** For base tables the lineage name (model or qualified source name); for derived ones the open origin. */
  final @Nullable String origin;
  final boolean complete;
  final @Nullable String incompleteReason;
  final List<Contribution> rowShaping;
  final @Nullable String rowShapingUnresolved;
  /** Set when an outer join makes every column of this relation nullable. */
  boolean forcedNullable;
  /** Columns merged away by USING / NATURAL (skipped by {@code *}). */
  @Nullable List<String> hiddenInStar;

  private final @Nullable List<TypedColumn> schemaColumns;
  private final @Nullable List<BoundColumn> derivedColumns;
  private @Nullable BoundColumn @Nullable [] cache;
  private final SqlParserPos pos;

  private Relation(String alias, List<String> nameParts, String label, @Nullable String origin, boolean complete,
      @Nullable String incompleteReason, List<Contribution> rowShaping, @Nullable String rowShapingUnresolved,
      @Nullable List<TypedColumn> schemaColumns, @Nullable List<BoundColumn> derivedColumns, SqlParserPos pos) {
    this.alias = alias;
    this.nameParts = nameParts;
    this.label = label;
    this.origin = origin;
    this.complete = complete;
    this.incompleteReason = incompleteReason;
    this.rowShaping = rowShaping;
    this.rowShapingUnresolved = rowShapingUnresolved;
    this.schemaColumns = schemaColumns;
    this.derivedColumns = derivedColumns;
    this.pos = pos;
  }

  /** A model or source with a schema (possibly partial). */
  static Relation base(String alias, List<String> nameParts, String lineageName, ModelSchema schema, SqlParserPos pos) {
    String reason = schema.complete() ? null : "the schema of `" + lineageName + "` is only partly known";
    return new Relation(alias, nameParts, lineageName, lineageName, schema.complete(), reason, List.of(), null,
        schema.columns(), null, pos);
  }

  /** A table whose schema is unknown: any column may exist, and is traced to {@code lineageName.column}. */
  static Relation unknownTable(String alias, List<String> nameParts, String lineageName, SqlParserPos pos) {
    return new Relation(alias, nameParts, lineageName, lineageName, false,
        "the schema of `" + lineageName + "` is unknown", List.of(), null, List.of(), null, pos);
  }

  /** Something we cannot see into (a table function, UNNEST, PIVOT): columns unknown and untraceable. */
  static Relation opaque(String alias, String what, SqlParserPos pos) {
    return new Relation(alias, List.of(), what, null, false, "lineage through " + what + " is not supported",
        List.of(), null, null, List.of(), pos);
  }

  static Relation derived(String alias, String label, BoundQuery q, SqlParserPos pos) {
    return new Relation(alias, List.of(), label, q.openOrigin(), q.complete(), q.incompleteReason(), q.rowShaping(),
        q.rowShapingUnresolved(), null, q.columns(), pos);
  }

  /** The same relation with its columns renamed positionally ({@code AS t(a, b)}). */
  Relation renamed(String newAlias, List<String> names) {
    List<BoundColumn> cols = new ArrayList<>(size());
    for (int i = 0; i < size(); i++) {
      BoundColumn c = column(i);
      cols.add(i < names.size() ? c.withName(names.get(i)) : c);
    }
    return new Relation(newAlias, List.of(), label, origin, complete, incompleteReason, rowShaping,
        rowShapingUnresolved, null, cols, pos);
  }

  int size() {
    return schemaColumns != null ? schemaColumns.size() : derivedColumns.size();
  }

  BoundColumn column(int i) {
    if (derivedColumns != null) {
      return derivedColumns.get(i);
    }
    if (cache == null) {
      cache = new BoundColumn[schemaColumns.size()];
    }
    BoundColumn c = cache[i];
    if (c == null) {
      TypedColumn t = schemaColumns.get(i);
      c = new BoundColumn(t.name(), Typed.of(t.type(), t.nullable()),
          List.of(new Contribution(new ColumnRef(origin, t.name()), Transform.DIRECT)), null, pos);
      cache[i] = c;
    }
    return c;
  }

  String columnName(int i) {
    return schemaColumns != null ? schemaColumns.get(i).name() : derivedColumns.get(i).name();
  }

  /** Index of a column by case-insensitive name, or -1. */
  int indexOf(String name) {
    for (int i = 0, n = size(); i < n; i++) {
      if (columnName(i).equalsIgnoreCase(name)) {
        return i;
      }
    }
    return -1;
  }

  /** A column this relation does not list but may have (its schema is incomplete). */
  BoundColumn unlisted(String name, SqlParserPos at) {
    if (origin != null) {
      return new BoundColumn(name, Typed.UNKNOWN,
          List.of(new Contribution(new ColumnRef(origin, name), Transform.DIRECT)), null, at);
    }
    return BoundColumn.untraceable(name,
        "`" + name + "`: " + (incompleteReason == null ? "unknown origin" : incompleteReason), at);
  }

  /** Matches a qualifier of {@code k} name parts ({@code o}, {@code orders}, {@code raw.orders}). */
  boolean matches(List<String> names, int k) {
    if (k == 1) {
      return alias.equalsIgnoreCase(names.get(0));
    }
    int n = nameParts.size();
    if (n < k) {
      return false;
    }
    for (int i = 0; i < k; i++) {
      if (!nameParts.get(n - k + i).equalsIgnoreCase(names.get(i))) {
        return false;
      }
    }
    return true;
  }

  boolean hiddenInStar(String name) {
    if (hiddenInStar == null) {
      return false;
    }
    for (String h : hiddenInStar) {
      if (h.equalsIgnoreCase(name)) {
        return true;
      }
    }
    return false;
  }
}
