package dev.rocky.planner.replay;

import dev.rocky.planner.sql.DatabricksSqlDialect;
import dev.rocky.planner.sql.DuckDbSqlDialect;
import dev.rocky.planner.sql.SnowflakeSqlDialect;
import dev.rocky.planner.sql.SqlDialect;
import dev.rocky.planner.sql.TableName;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The statements of recording and replaying on Databricks (Delta) and Snowflake. Inputs are
 * identified by a {@link TravelPoint}: on Delta the version of the table's latest commit
 * ({@code DESCRIBE HISTORY}), on Snowflake the time a statement started ({@code CURRENT_TIMESTAMP()}).
 * A replay reads each input at its point, builds into a {@code replay__<run>} schema and drops it.
 *
 * <p>The content hash is an aggregate over rows, so row order does not matter and duplicates count.
 * Databricks: the sum of each row's {@code xxhash64} over its columns in order, as a 38-digit decimal
 * (an overflowing BIGINT sum would fail in ANSI mode); per column, the same over that column.
 * Snowflake: {@code HASH_AGG(*)}, and {@code HASH_AGG} of each column.
 */
public final class TimeTravelSql {
  private static final DateTimeFormatter INSTANT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);
  /** The prefix of a replay's schema; the rest is the run id, lower-cased, other characters as {@code _}. */
  public static final String SCHEMA_PREFIX = "replay__";

  private final SqlDialect dialect;

  /** @throws IllegalArgumentException for DuckDB, whose inputs are snapshotted to Parquet instead */
  public TimeTravelSql(SqlDialect dialect) {
    if (!supports(dialect)) {
      throw new IllegalArgumentException(dialect.dialect() + " has no Time Travel; its inputs are snapshotted");
    }
    this.dialect = dialect;
  }

  /** Whether inputs on this warehouse are identified by Time Travel. */
  public static boolean supports(SqlDialect dialect) {
    return switch (dialect) {
      case DuckDbSqlDialect d -> false;
      case DatabricksSqlDialect d -> true;
      case SnowflakeSqlDialect s -> true;
    };
  }

  /** Whether each input has a version of its own (Delta), rather than one instant for all (Snowflake). */
  public boolean versionsPerTable() {
    return dialect instanceof DatabricksSqlDialect;
  }

  /** Databricks: the table's latest commit, one row whose {@code version} column is the version. */
  public String latestVersion(TableName table) {
    requireDatabricks("table versions");
    return "DESCRIBE HISTORY " + dialect.table(table) + " LIMIT 1";
  }

  /** Snowflake: the time this statement starts, one row of one TIMESTAMP_LTZ column {@code now}. */
  public String statementTime() {
    if (!(dialect instanceof SnowflakeSqlDialect)) {
      throw new IllegalStateException("statement times identify inputs on Snowflake only");
    }
    return "SELECT CURRENT_TIMESTAMP() AS " + dialect.quoteIdentifier("now");
  }

  /** The clause that follows a table reference to read it at {@code point}, with its leading space. */
  public String atClause(TravelPoint point) {
    return switch (point) {
      case TravelPoint.Version v -> {
        requireDatabricks("VERSION AS OF");
        yield " VERSION AS OF " + v.version();
      }
      case TravelPoint.At a -> switch (dialect) {
        case SnowflakeSqlDialect s -> " AT(TIMESTAMP => TO_TIMESTAMP_LTZ(" + dialect.stringLiteral(INSTANT.format(a.instant()))
            + "))";
        case DatabricksSqlDialect d -> throw new IllegalStateException("Delta inputs are read at their version");
        case DuckDbSqlDialect d -> throw new IllegalStateException("unreachable: DuckDB has no Time Travel");
      };
    };
  }

  /** The table as it was at {@code point}, as a FROM item. */
  public String readAt(TableName table, TravelPoint point) {
    return dialect.table(table) + atClause(point);
  }

  /** The replay schema of a run, in the catalog of {@code like}. */
  public TableName inReplaySchema(TableName like, String runId) {
    return like.inSchema(replaySchema(runId));
  }

  /** {@code replay__<run>}: the run id lower-cased, anything but letters, digits and underscores as {@code _}. */
  public static String replaySchema(String runId) {
    StringBuilder out = new StringBuilder(SCHEMA_PREFIX);
    runId.toLowerCase(java.util.Locale.ROOT).chars()
        .forEach(c -> out.append((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ? (char) c : '_'));
    return out.toString();
  }

  public String createSchema(TableName in) {
    return "CREATE SCHEMA IF NOT EXISTS " + dialect.schema(in);
  }

  public String dropSchema(TableName in) {
    return "DROP SCHEMA IF EXISTS " + dialect.schema(in) + " CASCADE";
  }

  /**
   * Makes {@code target} the content {@code source} had at {@code point}, without copying data where
   * the warehouse can: a Delta shallow clone, a Snowflake zero-copy clone.
   */
  public String cloneAt(TableName source, TableName target, TravelPoint point) {
    return switch (dialect) {
      case DatabricksSqlDialect d -> "CREATE OR REPLACE TABLE " + dialect.table(target) + " SHALLOW CLONE "
          + readAt(source, point);
      case SnowflakeSqlDialect s -> "CREATE OR REPLACE TABLE " + dialect.table(target) + " CLONE " + readAt(source, point);
      case DuckDbSqlDialect d -> throw new IllegalStateException("unreachable: DuckDB has no Time Travel");
    };
  }

  /**
   * One row: {@code rows}, {@code content} (the whole table's hash, as text), then one hash per column
   * aliased {@code __c0}, {@code __c1}, ... in the order of {@code columns} (names as the warehouse
   * reports them, quoted verbatim).
   */
  public String contentHash(TableName table, List<String> columns) {
    List<String> select = new ArrayList<>(List.of("COUNT(*) AS " + dialect.quoteIdentifier("rows")));
    List<String> quoted = columns.stream().map(dialect::quoteIdentifier).toList();
    switch (dialect) {
      case DatabricksSqlDialect d -> {
        select.add(sum(String.join(", ", quoted)) + " AS " + dialect.quoteIdentifier("content"));
        for (int i = 0; i < quoted.size(); i++) {
          select.add(sum(quoted.get(i)) + " AS " + dialect.quoteIdentifier("__c" + i));
        }
      }
      case SnowflakeSqlDialect s -> {
        select.add("TO_VARCHAR(HASH_AGG(*)) AS " + dialect.quoteIdentifier("content"));
        for (int i = 0; i < quoted.size(); i++) {
          select.add("TO_VARCHAR(HASH_AGG(" + quoted.get(i) + ")) AS " + dialect.quoteIdentifier("__c" + i));
        }
      }
      case DuckDbSqlDialect d -> throw new IllegalStateException("unreachable: DuckDB hashes in ReplaySql");
    }
    return "SELECT " + String.join(", ", select) + " FROM " + dialect.table(table);
  }

  private static String sum(String arguments) {
    return "CAST(COALESCE(SUM(CAST(xxhash64(" + arguments + ") AS DECIMAL(38,0))), 0) AS STRING)";
  }

  private void requireDatabricks(String what) {
    if (!(dialect instanceof DatabricksSqlDialect)) {
      throw new IllegalStateException(what + " exist on Delta (Databricks) only");
    }
  }
}
