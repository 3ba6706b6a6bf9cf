package dev.rocky.planner.quality;

import dev.rocky.core.error.RockyException;
import dev.rocky.planner.quality.AssertionKind.AcceptedValues;
import dev.rocky.planner.quality.AssertionKind.Aggregate;
import dev.rocky.planner.quality.AssertionKind.CompositeUnique;
import dev.rocky.planner.quality.AssertionKind.Expression;
import dev.rocky.planner.quality.AssertionKind.InRange;
import dev.rocky.planner.quality.AssertionKind.NotInFuture;
import dev.rocky.planner.quality.AssertionKind.NotNull;
import dev.rocky.planner.quality.AssertionKind.OlderThanNDays;
import dev.rocky.planner.quality.AssertionKind.RegexMatch;
import dev.rocky.planner.quality.AssertionKind.Relationships;
import dev.rocky.planner.quality.AssertionKind.RowCountRange;
import dev.rocky.planner.quality.AssertionKind.Unique;
import dev.rocky.planner.quality.AssertionKind.UniqueExpr;
import dev.rocky.planner.sql.Identifiers;
import dev.rocky.planner.sql.SqlDialect;
import dev.rocky.planner.sql.TableName;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The SQL of assertions on one table. Each assertion becomes one query returning one number (see
 * {@link AssertionQuery}); row-level kinds also have a {@link #validPredicate}, TRUE or FALSE for
 * every row (never NULL), which counts their failures and drives quarantine.
 */
public final class AssertionSql {
  private final SqlDialect dialect;
  private final QualityDialect spelling;

  public AssertionSql(SqlDialect dialect) {
    this.dialect = dialect;
    this.spelling = new QualityDialect(dialect);
  }

  public AssertionQuery query(Assertion a, TableName table) {
    String from = dialect.table(table);
    return switch (a.kind()) {
      case Unique u -> duplicates(from, List.of(col(a)), a);
      case CompositeUnique c -> duplicates(from, c.columns().stream().map(this::col).toList(), a);
      case UniqueExpr u -> duplicates(from, List.of("(" + fragment(a, "key_expr", u.keyExpr()) + ")"), a);
      case Relationships r -> orphans(from, table, r, a);
      case RowCountRange r -> new AssertionQuery("SELECT COUNT(*) FROM " + from + where(filter(a)),
          new AssertionQuery.Between(r.min(), r.max()));
      case Aggregate g -> new AssertionQuery("SELECT " + aggregate(g, a) + " FROM " + from + where(filter(a)),
          new AssertionQuery.Compares(g.cmp(), g.value()));
      case NotNull n -> rowLevel(from, a);
      case AcceptedValues v -> rowLevel(from, a);
      case Expression e -> rowLevel(from, a);
      case InRange r -> rowLevel(from, a);
      case RegexMatch r -> rowLevel(from, a);
      case NotInFuture f -> rowLevel(from, a);
      case OlderThanNDays o -> rowLevel(from, a);
    };
  }

  /**
   * For a row-level assertion: TRUE when the row passes (its filter, if any, not TRUE counts as a
   * pass), FALSE when it fails; never NULL.
   */
  public String validPredicate(Assertion a) {
    String base = switch (a.kind()) {
      case NotNull n -> col(a) + " IS NOT NULL";
      case AcceptedValues v -> "(" + col(a) + " IS NULL OR " + col(a) + " IN ("
          + v.values().stream().map(dialect::stringLiteral).collect(Collectors.joining(", ")) + "))";
      case Expression e -> "COALESCE((" + fragment(a, "expression", e.expression()) + "), TRUE)";
      case InRange r -> "(" + col(a) + " IS NULL OR NOT (" + outOfRange(col(a), r) + "))";
      case RegexMatch r -> "(" + col(a) + " IS NULL OR " + spelling.regexMatches(col(a), pattern(r.pattern())) + ")";
      case NotInFuture f -> "(" + col(a) + " IS NULL OR " + col(a) + " <= " + spelling.now() + ")";
      case OlderThanNDays o -> "(" + col(a) + " IS NULL OR " + col(a) + " <= " + spelling.daysAgo(o.days()) + ")";
      case Unique u -> throw notRowLevel(a);
      case UniqueExpr u -> throw notRowLevel(a);
      case CompositeUnique c -> throw notRowLevel(a);
      case Relationships r -> throw notRowLevel(a);
      case RowCountRange r -> throw notRowLevel(a);
      case Aggregate g -> throw notRowLevel(a);
    };
    String filter = filter(a);
    return filter == null ? base : "(CASE WHEN (" + filter + ") THEN (" + base + ") ELSE TRUE END)";
  }

  private AssertionQuery rowLevel(String from, Assertion a) {
    return new AssertionQuery("SELECT COUNT(*) FROM " + from + " WHERE NOT (" + validPredicate(a) + ")",
        new AssertionQuery.NoFailures());
  }

  /** The number of key values held by more than one row. */
  private AssertionQuery duplicates(String from, List<String> keys, Assertion a) {
    String list = String.join(", ", keys);
    return new AssertionQuery("SELECT COUNT(*) FROM (SELECT " + list + " FROM " + from + where(filter(a))
        + " GROUP BY " + list + " HAVING COUNT(*) > 1) AS _rocky_duplicates", new AssertionQuery.NoFailures());
  }

  /** The number of rows whose non-NULL value is missing from the referenced column. */
  private AssertionQuery orphans(String from, TableName table, Relationships r, Assertion a) {
    String parent = dialect.table(referenced(r.toTable(), table));
    String child = "_rocky_child." + col(a);
    List<String> conditions = new ArrayList<>();
    String filter = filter(a);
    if (filter != null) {
      conditions.add("(" + filter + ")");
    }
    conditions.add(child + " IS NOT NULL");
    conditions.add("NOT EXISTS (SELECT 1 FROM " + parent + " AS _rocky_parent WHERE _rocky_parent."
        + dialect.quoteReference(Identifiers.requireName("relationships to_column", r.toColumn())) + " = " + child + ")");
    return new AssertionQuery("SELECT COUNT(*) FROM " + from + " AS _rocky_child WHERE "
        + String.join(" AND ", conditions), new AssertionQuery.NoFailures());
  }

  /** {@code table}, {@code schema.table} (in the checked table's catalog) or {@code catalog.schema.table}. */
  static TableName referenced(String name, TableName checked) {
    String[] parts = name.split("\\.", -1);
    return switch (parts.length) {
      case 1 -> new TableName(checked.catalog(), checked.schema(), parts[0]);
      case 2 -> new TableName(checked.catalog(), parts[0], parts[1]);
      case 3 -> new TableName(parts[0], parts[1], parts[2]);
      default -> throw new IllegalArgumentException("relationships to_table must be [catalog.]schema.table: " + name);
    };
  }

  private String aggregate(Aggregate g, Assertion a) {
    return switch (g.op()) {
      case COUNT -> "COUNT(*)";
      case SUM -> "SUM(" + col(a) + ")";
      case AVG -> "AVG(" + col(a) + ")";
      case MIN -> "MIN(" + col(a) + ")";
      case MAX -> "MAX(" + col(a) + ")";
    };
  }

  private static String outOfRange(String column, InRange r) {
    List<String> out = new ArrayList<>(2);
    if (r.min() != null) {
      out.add(column + " < " + r.min().toPlainString());
    }
    if (r.max() != null) {
      out.add(column + " > " + r.max().toPlainString());
    }
    return String.join(" OR ", out);
  }

  /** Rocky's allowlist: no quotes, backticks or semicolons in a pattern. */
  private static String pattern(String pattern) {
    if (pattern.isEmpty() || pattern.chars().anyMatch(c -> c == '\'' || c == '`' || c == ';' || c == '"')) {
      throw new RockyException(QualityErrorCode.QUALITY_UNSAFE_SQL,
          "refused the regex_match pattern, because it is empty or has a quote, backtick or ';': " + pattern);
    }
    return pattern;
  }

  private String col(Assertion a) {
    return col(Objects.requireNonNull(a.column(), "column"));
  }

  private String col(String name) {
    return dialect.quoteReference(Identifiers.requireName("column name", name));
  }

  private String fragment(Assertion a, String key, String sql) {
    return SqlFragments.expression("assertion '" + a.name() + "' " + key, sql, dialect);
  }

  private @Nullable String filter(Assertion a) {
    return a.filter() == null ? null : fragment(a, "filter", a.filter());
  }

  private static String where(@Nullable String filter) {
    return filter == null ? "" : " WHERE " + filter;
  }

  private static IllegalArgumentException notRowLevel(Assertion a) {
    return new IllegalArgumentException(a.kind().id() + " is not a row-level assertion");
  }
}
