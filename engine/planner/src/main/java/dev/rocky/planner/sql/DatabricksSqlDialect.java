package dev.rocky.planner.sql;

import dev.rocky.core.project.Dialect;

/**
 * Databricks (Spark SQL): backtick-quoted identifiers (case-insensitive), string literals in which a
 * backslash escapes the next character. A quote is escaped with a backslash, not doubled: Spark reads
 * {@code 'a''b'} as two adjacent literals, {@code ab}.
 */
public record DatabricksSqlDialect() implements SqlDialect {

  @Override
  public Dialect dialect() {
    return Dialect.DATABRICKS;
  }

  @Override
  public String defaultSchema() {
    return "default";
  }

  @Override
  public String quoteIdentifier(String name) {
    return '`' + name.replace("`", "``") + '`';
  }

  @Override
  public String stringLiteral(String value) {
    return '\'' + value.replace("\\", "\\\\").replace("'", "\\'") + '\'';
  }
}
