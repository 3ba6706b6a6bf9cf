package dev.rocky.planner.govern;

import dev.rocky.planner.sql.DatabricksSqlDialect;
import dev.rocky.planner.sql.DuckDbSqlDialect;
import dev.rocky.planner.sql.Identifiers;
import dev.rocky.planner.sql.SnowflakeSqlDialect;
import dev.rocky.planner.sql.SqlDialect;
import dev.rocky.planner.sql.TableName;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Governance tags on warehouse objects: a model's {@code [governance.tags]} on its table, and each
 * classified column's {@code classification} tag. Databricks sets key-value tags directly ({@code
 * SET TAGS ('k' = 'v')}); Snowflake tags are schema objects, created if missing, then set ({@code SET
 * TAG "db"."schema"."k" = 'v'}). DuckDB has no tags ({@link #supported()} is false).
 */
public final class TagSql {
  /** The tag key a classified column's tag is written under. */
  public static final String CLASSIFICATION_TAG = "classification";

  private final SqlDialect dialect;

  public TagSql(SqlDialect dialect) {
    this.dialect = Objects.requireNonNull(dialect, "dialect");
  }

  public boolean supported() {
    return !(dialect instanceof DuckDbSqlDialect);
  }

  /** The statements that set {@code tags} on the table (or view), in key order. */
  public List<String> tagTable(TableName table, Map<String, String> tags, boolean view) {
    if (tags.isEmpty()) {
      return List.of();
    }
    Map<String, String> sorted = new TreeMap<>(tags);
    String kind = view ? "VIEW" : "TABLE";
    return switch (dialect) {
      case DatabricksSqlDialect d -> List.of("ALTER %s %s SET TAGS (%s)".formatted(kind, d.table(table), pairs(sorted)));
      case SnowflakeSqlDialect s -> {
        List<String> out = new ArrayList<>(createTags(table, sorted));
        out.add("ALTER %s %s SET TAG %s".formatted(kind, s.table(table), snowflakeAssignments(table, sorted)));
        yield out;
      }
      case DuckDbSqlDialect d -> List.of();
    };
  }

  /** The statements that tag a column with {@code key = value}. */
  public List<String> tagColumn(TableName table, String column, String key, String value, boolean view) {
    Map<String, String> tag = Map.of(key, value);
    String col = dialect.quoteReference(Identifiers.requireQuotable("column name", column));
    return switch (dialect) {
      case DatabricksSqlDialect d -> List.of("ALTER TABLE %s ALTER COLUMN %s SET TAGS (%s)".formatted(d.table(table), col,
          pairs(tag)));
      case SnowflakeSqlDialect s -> {
        List<String> out = new ArrayList<>(createTags(table, tag));
        out.add("ALTER %s %s MODIFY COLUMN %s SET TAG %s".formatted(view ? "VIEW" : "TABLE", s.table(table), col,
            snowflakeAssignments(table, tag)));
        yield out;
      }
      case DuckDbSqlDialect d -> List.of();
    };
  }

  private String pairs(Map<String, String> tags) {
    return tags.entrySet().stream()
        .map(e -> dialect.stringLiteral(Identifiers.requireName("tag name", e.getKey())) + " = "
            + dialect.stringLiteral(e.getValue()))
        .collect(Collectors.joining(", "));
  }

  private List<String> createTags(TableName table, Map<String, String> tags) {
    return tags.keySet().stream().map(k -> "CREATE TAG IF NOT EXISTS " + tagName(table, k)).toList();
  }

  private String snowflakeAssignments(TableName table, Map<String, String> tags) {
    return tags.entrySet().stream().map(e -> tagName(table, e.getKey()) + " = " + dialect.stringLiteral(e.getValue()))
        .collect(Collectors.joining(", "));
  }

  private String tagName(TableName table, String key) {
    return dialect.schema(table) + "." + dialect.quoteIdentifier(Identifiers.requireName("tag name", key));
  }
}
