package dev.rocky.planner.sql;

import dev.rocky.core.project.Dialect;
import java.util.Locale;

/**
 * Snowflake: double-quoted identifiers, which are case-sensitive, while unquoted ones fold to upper
 * case. Targets are quoted verbatim, as Rocky creates them ({@code "analytics"."marts"."fct"}); a
 * column the model spells unquoted is quoted in upper case ({@code amount} becomes {@code "AMOUNT"}),
 * which is the name Snowflake gave it, and stays safe when it is a reserved word. String literals
 * treat a backslash as an escape, so backslashes are doubled as well as quotes.
 */
public record SnowflakeSqlDialect() implements SqlDialect {

  @Override
  public Dialect dialect() {
    return Dialect.SNOWFLAKE;
  }

  @Override
  public String defaultSchema() {
    return "PUBLIC";
  }

  @Override
  public String quoteIdentifier(String name) {
    return '"' + name.replace("\"", "\"\"") + '"';
  }

  @Override
  public String quoteReference(String name) {
    Identifiers.requireQuotable("column name", name);
    return quoteIdentifier(Identifiers.isBare(name) ? name.toUpperCase(Locale.ROOT) : name);
  }

  @Override
  public String stringLiteral(String value) {
    return '\'' + value.replace("\\", "\\\\").replace("'", "''") + '\'';
  }
}
