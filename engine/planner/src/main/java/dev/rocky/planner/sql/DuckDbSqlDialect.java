package dev.rocky.planner.sql;

import dev.rocky.core.project.Dialect;

/**
 * DuckDB: double-quoted identifiers (case-insensitive even when quoted), standard string literals in
 * which a backslash is an ordinary character.
 */
public record DuckDbSqlDialect() implements SqlDialect {

  @Override
  public Dialect dialect() {
    return Dialect.DUCKDB;
  }

  @Override
  public String defaultSchema() {
    return "main";
  }

  @Override
  public String quoteIdentifier(String name) {
    return '"' + name.replace("\"", "\"\"") + '"';
  }

  @Override
  public String stringLiteral(String value) {
    return '\'' + value.replace("'", "''") + '\'';
  }
}
