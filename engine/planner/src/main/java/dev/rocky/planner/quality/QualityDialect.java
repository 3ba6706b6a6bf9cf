package dev.rocky.planner.quality;

import dev.rocky.planner.sql.DatabricksSqlDialect;
import dev.rocky.planner.sql.DuckDbSqlDialect;
import dev.rocky.planner.sql.SnowflakeSqlDialect;
import dev.rocky.planner.sql.SqlDialect;
import java.util.List;
import java.util.stream.Collectors;

/** The spellings data quality needs that differ per warehouse. */
final class QualityDialect {
  private final SqlDialect dialect;

  QualityDialect(SqlDialect dialect) {
    this.dialect = dialect;
  }

  /** Every column but {@code excluded}, which are quoted. */
  String starExcluding(List<String> excluded) {
    String names = excluded.stream().map(dialect::quoteIdentifier).collect(Collectors.joining(", "));
    return switch (dialect) {
      case DuckDbSqlDialect d -> "* EXCLUDE (" + names + ")";
      case DatabricksSqlDialect d -> "* EXCEPT (" + names + ")";
      case SnowflakeSqlDialect d -> "* EXCLUDE (" + names + ")";
    };
  }

  /** TRUE when {@code column} (already quoted) matches {@code pattern}. */
  String regexMatches(String column, String pattern) {
    String literal = dialect.stringLiteral(pattern);
    return switch (dialect) {
      case DuckDbSqlDialect d -> "regexp_matches(" + column + ", " + literal + ")";
      case DatabricksSqlDialect d -> column + " RLIKE " + literal;
      case SnowflakeSqlDialect d -> "REGEXP_LIKE(" + column + ", " + literal + ")";
    };
  }

  String now() {
    return switch (dialect) {
      case DuckDbSqlDialect d -> "CURRENT_TIMESTAMP";
      case DatabricksSqlDialect d -> "current_timestamp()";
      case SnowflakeSqlDialect d -> "CURRENT_TIMESTAMP()";
    };
  }

  /** The date {@code days} days before today. */
  String daysAgo(int days) {
    return switch (dialect) {
      case DuckDbSqlDialect d -> "CURRENT_DATE - INTERVAL " + days + " DAY";
      case DatabricksSqlDialect d -> "date_sub(current_date(), " + days + ")";
      case SnowflakeSqlDialect d -> "DATEADD(day, -" + days + ", CURRENT_DATE())";
    };
  }

  /** A sampling clause after a table reference, or empty for the whole table. */
  String sample(int percent) {
    if (percent <= 0 || percent >= 100) {
      return "";
    }
    return switch (dialect) {
      case DuckDbSqlDialect d -> " USING SAMPLE " + percent + " PERCENT (bernoulli)";
      case DatabricksSqlDialect d -> " TABLESAMPLE (" + percent + " PERCENT)";
      case SnowflakeSqlDialect d -> " SAMPLE (" + percent + ")";
    };
  }
}
