package dev.rocky.planner.sql;

import java.util.Objects;

/**
 * One SQL statement and why it is issued. Statements of a materialization are run in list order;
 * a {@link Purpose#BEGIN_TRANSACTION} ... {@link Purpose#COMMIT_TRANSACTION} run must execute in one
 * transaction (on Snowflake's REST API: as one multi-statement request), rolled back on any error.
 */
public record Statement(Purpose purpose, String sql) {

  public Statement {
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(sql, "sql");
  }

  /** What a statement does; the executor keys its behaviour on it (e.g. reading the watermark). */
  public enum Purpose {
    /** {@code CREATE SCHEMA IF NOT EXISTS}, before the first table of a schema is created. */
    CREATE_SCHEMA,
    /** Full refresh: {@code CREATE OR REPLACE TABLE ... AS}. */
    REPLACE_TABLE,
    /** First run of an incremental strategy: a table populated by the whole model. */
    CREATE_TABLE,
    /** time_interval bootstrap: a table with the model's columns and no rows. */
    CREATE_EMPTY_TABLE,
    CREATE_VIEW,
    CREATE_MATERIALIZED_VIEW,
    /** Incremental: the rows newer than the watermark. */
    INSERT_NEW_ROWS,
    MERGE,
    /** delete_insert: delete the partitions present in the incoming rows. */
    DELETE_PARTITIONS,
    /** delete_insert: insert the incoming rows. */
    INSERT_PARTITIONS,
    /** time_interval on Databricks: {@code INSERT INTO ... REPLACE WHERE}, atomic by itself. */
    REPLACE_WINDOW,
    /** time_interval elsewhere: delete the window's rows (inside a transaction). */
    DELETE_WINDOW,
    /** time_interval elsewhere: insert the window's rows (inside a transaction). */
    INSERT_WINDOW,
    BEGIN_TRANSACTION,
    COMMIT_TRANSACTION,
    /** A query returning one row, one column: the new watermark ({@code MAX(<column>)}, NULL if empty). */
    READ_WATERMARK
  }
}
