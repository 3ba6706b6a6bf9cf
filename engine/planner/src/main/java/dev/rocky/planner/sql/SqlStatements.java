package dev.rocky.planner.sql;

import dev.rocky.planner.sql.Statement.Purpose;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The statements each materialization issues, for one dialect. Model SQL is always placed on lines of
 * its own, so a trailing line comment in it cannot swallow the text that follows. Every identifier
 * goes through the dialect's quoting; model SQL is the only text passed through as written.
 */
public final class SqlStatements {
  private final SqlDialect dialect;

  public SqlStatements(SqlDialect dialect) {
    this.dialect = dialect;
  }

  public SqlDialect dialect() {
    return dialect;
  }

  public Statement createSchema(TableName target) {
    return new Statement(Purpose.CREATE_SCHEMA, "CREATE SCHEMA IF NOT EXISTS " + dialect.schema(target));
  }

  public Statement replaceTable(TableName target, String sql) {
    return new Statement(Purpose.REPLACE_TABLE, "CREATE OR REPLACE TABLE %s AS\n%s".formatted(table(target), sql));
  }

  /** A table populated by the whole model; {@code orReplace} when a stale table may already be there. */
  public Statement createTable(TableName target, String sql, boolean orReplace) {
    String verb = orReplace ? "CREATE OR REPLACE TABLE" : "CREATE TABLE";
    return new Statement(Purpose.CREATE_TABLE, "%s %s AS\n%s".formatted(verb, table(target), sql));
  }

  /** A table with the model's columns and no rows (the time_interval bootstrap). */
  public Statement createEmptyTable(TableName target, String sql) {
    return new Statement(Purpose.CREATE_EMPTY_TABLE, """
        CREATE TABLE IF NOT EXISTS %s AS
        SELECT * FROM (
        %s
        ) AS _rocky_bootstrap
        WHERE 1 = 0""".formatted(table(target), sql));
  }

  public Statement createView(TableName target, String sql) {
    return new Statement(Purpose.CREATE_VIEW, "CREATE OR REPLACE VIEW %s AS\n%s".formatted(table(target), sql));
  }

  /** Only for dialects where {@link SqlCapabilities#materializedViews} holds. */
  public Statement createMaterializedView(TableName target, String sql) {
    if (!SqlCapabilities.materializedViews(dialect)) {
      throw new IllegalArgumentException(dialect.dialect().id() + " has no materialized views");
    }
    return new Statement(Purpose.CREATE_MATERIALIZED_VIEW,
        "CREATE OR REPLACE MATERIALIZED VIEW %s AS\n%s".formatted(table(target), sql));
  }

  /** The model's rows newer than the watermark; the model itself needs no filter. */
  public Statement insertNewRows(TableName target, String sql, String column, LocalDateTime watermark) {
    return new Statement(Purpose.INSERT_NEW_ROWS, """
        INSERT INTO %s
        SELECT * FROM (
        %s
        ) AS _rocky_src
        WHERE %s > %s""".formatted(table(target), sql, col(column), dialect.timestampLiteral(watermark)));
  }

  public Statement readWatermark(TableName target, String column) {
    return new Statement(Purpose.READ_WATERMARK, "SELECT MAX(%s) FROM %s".formatted(col(column), table(target)));
  }

  public Statement merge(TableName target, String sql, List<String> keys, ColumnSelection update,
      ColumnSelection insert) {
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("a merge needs at least one key column");
    }
    StringBuilder merge = new StringBuilder("""
        MERGE INTO %s AS t
        USING (
        %s
        ) AS s
        ON %s""".formatted(table(target), sql, join(keys, k -> "t." + col(k) + " = s." + col(k), " AND ")));
    String updateClause = updateClause(update);
    if (!updateClause.isEmpty()) {
      merge.append("\nWHEN MATCHED THEN ").append(updateClause);
    }
    merge.append("\nWHEN NOT MATCHED THEN ").append(insertClause(insert));
    return new Statement(Purpose.MERGE, merge.toString());
  }

  /** Deletes the partitions present in the incoming rows, then inserts the rows. */
  public List<Statement> deleteInsert(TableName target, String sql, List<String> partitionBy) {
    String columns = join(partitionBy, this::col, ", ");
    Statement delete = new Statement(Purpose.DELETE_PARTITIONS, """
        DELETE FROM %s
        WHERE (%s) IN (
        SELECT DISTINCT %s FROM (
        %s
        ) AS _rocky_incoming
        )""".formatted(table(target), columns, columns, sql));
    Statement insert = new Statement(Purpose.INSERT_PARTITIONS, "INSERT INTO %s\n%s".formatted(table(target), sql));
    return transaction(List.of(delete, insert));
  }

  /** Replaces the rows of {@code [start, end)} of {@code timeColumn} with the model's rows. */
  public List<Statement> replaceWindow(TableName target, String sql, String timeColumn, LocalDateTime start,
      LocalDateTime end) {
    String filter = "%s >= %s AND %s < %s".formatted(col(timeColumn), dialect.windowBoundLiteral(start),
        col(timeColumn), dialect.windowBoundLiteral(end));
    return switch (dialect) {
      case DatabricksSqlDialect d -> List.of(new Statement(Purpose.REPLACE_WINDOW,
          "INSERT INTO %s\nREPLACE WHERE %s\n%s".formatted(table(target), filter, sql)));
      case DuckDbSqlDialect d -> deleteThenInsertWindow(target, sql, filter);
      case SnowflakeSqlDialect d -> deleteThenInsertWindow(target, sql, filter);
    };
  }

  private List<Statement> deleteThenInsertWindow(TableName target, String sql, String filter) {
    return transaction(List.of(
        new Statement(Purpose.DELETE_WINDOW, "DELETE FROM %s\nWHERE %s".formatted(table(target), filter)),
        new Statement(Purpose.INSERT_WINDOW, "INSERT INTO %s\n%s".formatted(table(target), sql))));
  }

  /** Wraps statements in BEGIN ... COMMIT where the dialect has multi-statement transactions. */
  private List<Statement> transaction(List<Statement> body) {
    if (!SqlCapabilities.transactions(dialect)) {
      return body;
    }
    List<Statement> out = new ArrayList<>(body.size() + 2);
    out.add(new Statement(Purpose.BEGIN_TRANSACTION, "BEGIN TRANSACTION"));
    out.addAll(body);
    out.add(new Statement(Purpose.COMMIT_TRANSACTION, "COMMIT"));
    return List.copyOf(out);
  }

  private String updateClause(ColumnSelection update) {
    return switch (update) {
      case ColumnSelection.Listed l when l.names().isEmpty() -> "";
      case ColumnSelection.Listed l -> "UPDATE SET " + join(l.names(), c -> setTarget(c) + " = s." + col(c), ", ");
      case ColumnSelection.AllByName a -> switch (dialect) {
        case DatabricksSqlDialect d -> "UPDATE SET *";
        case DuckDbSqlDialect d -> "UPDATE BY NAME";
        case SnowflakeSqlDialect d -> throw new IllegalArgumentException("Snowflake has no UPDATE SET *");
      };
    };
  }

  /** DuckDB rejects a qualified column in UPDATE ... SET; Databricks and Snowflake take {@code t.c}. */
  private String setTarget(String column) {
    return switch (dialect) {
      case DuckDbSqlDialect d -> col(column);
      case DatabricksSqlDialect d -> "t." + col(column);
      case SnowflakeSqlDialect d -> "t." + col(column);
    };
  }

  private String insertClause(ColumnSelection insert) {
    return switch (insert) {
      case ColumnSelection.Listed l -> "INSERT (%s) VALUES (%s)"
          .formatted(join(l.names(), this::col, ", "), join(l.names(), c -> "s." + col(c), ", "));
      case ColumnSelection.AllByName a -> switch (dialect) {
        case DatabricksSqlDialect d -> "INSERT *";
        case DuckDbSqlDialect d -> "INSERT BY NAME";
        case SnowflakeSqlDialect d -> throw new IllegalArgumentException("Snowflake has no INSERT *");
      };
    };
  }

  private String table(TableName target) {
    return dialect.table(target);
  }

  private String col(String name) {
    return dialect.quoteReference(name);
  }

  private static String join(List<String> items, Function<String, String> f, String separator) {
    return items.stream().map(f).collect(Collectors.joining(separator));
  }
}
