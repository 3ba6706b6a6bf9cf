package dev.rocky.planner.sql;

/** What each warehouse can do, where that decides the shape of a materialization. */
public final class SqlCapabilities {
  private SqlCapabilities() {}

  /** Multi-statement transactions (BEGIN ... COMMIT); Databricks has none. */
  public static boolean transactions(SqlDialect dialect) {
    return switch (dialect) {
      case DuckDbSqlDialect d -> true;
      case DatabricksSqlDialect d -> false;
      case SnowflakeSqlDialect d -> true;
    };
  }

  public static boolean materializedViews(SqlDialect dialect) {
    return switch (dialect) {
      case DuckDbSqlDialect d -> false;
      case DatabricksSqlDialect d -> true;
      case SnowflakeSqlDialect d -> true;
    };
  }

  /**
   * A MERGE that updates every column by name without listing them. Only Databricks is allowed to:
   * Snowflake has no such form, and on DuckDB ({@code UPDATE BY NAME} exists) Rocky's rule of listing
   * the columns is kept, so that the statement says what it changes.
   */
  public static boolean mergeUpdateAll(SqlDialect dialect) {
    return switch (dialect) {
      case DuckDbSqlDialect d -> false;
      case DatabricksSqlDialect d -> true;
      case SnowflakeSqlDialect d -> false;
    };
  }

  /** A MERGE that inserts every source column by name ({@code INSERT *} / {@code INSERT BY NAME}). */
  public static boolean mergeInsertAll(SqlDialect dialect) {
    return switch (dialect) {
      case DuckDbSqlDialect d -> true;
      case DatabricksSqlDialect d -> true;
      case SnowflakeSqlDialect d -> false;
    };
  }
}
