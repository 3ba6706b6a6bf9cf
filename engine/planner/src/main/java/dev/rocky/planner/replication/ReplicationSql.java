package dev.rocky.planner.replication;

import dev.rocky.core.config.ReplicationPipeline.MetadataColumn;
import dev.rocky.core.types.TypedColumn;
import dev.rocky.planner.replication.CopyStatement.Kind;
import dev.rocky.planner.sql.DatabricksSqlDialect;
import dev.rocky.planner.sql.DuckDbSqlDialect;
import dev.rocky.planner.sql.Identifiers;
import dev.rocky.planner.sql.SnowflakeSqlDialect;
import dev.rocky.planner.sql.SqlCapabilities;
import dev.rocky.planner.sql.SqlDialect;
import dev.rocky.planner.sql.SqlStatements;
import dev.rocky.planner.sql.TableName;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The SQL of replication, for one dialect: copying a table (all of it, the rows past a watermark,
 * or merged on keys), reading the new watermark, and the drift statements. Column names are the
 * source's, as the warehouse reported them, quoted verbatim; metadata columns are
 * {@code CAST(<value> AS <type>) AS "<name>"} after them.
 */
public final class ReplicationSql {
  private final SqlDialect dialect;
  private final List<MetadataColumn> metadata;

  public ReplicationSql(SqlDialect dialect, List<MetadataColumn> metadata) {
    this.dialect = dialect;
    this.metadata = MetadataColumns.checked(metadata);
  }

  public SqlDialect dialect() {
    return dialect;
  }

  /** The metadata column names, which drift detection leaves out of the comparison. */
  public List<String> metadataNames() {
    return metadata.stream().map(MetadataColumn::name).toList();
  }

  public CopyStatement createSchema(TableName target) {
    return new CopyStatement(Kind.CREATE_SCHEMA, new SqlStatements(dialect).createSchema(target).sql());
  }

  /** The whole source as the target; {@code orReplace} unless the target is known to be absent. */
  public CopyStatement copyAll(TableName source, TableName target, List<String> columns, boolean orReplace) {
    String verb = orReplace ? "CREATE OR REPLACE TABLE" : "CREATE TABLE";
    return new CopyStatement(Kind.COPY_ALL, "%s %s AS\n%s".formatted(verb, dialect.table(target), select(source, columns)));
  }

  /** The source rows whose {@code timestampColumn} is after {@code watermark}, appended by column name. */
  public CopyStatement copyNewer(TableName source, TableName target, List<String> columns, String timestampColumn,
      Instant watermark) {
    LocalDateTime utc = LocalDateTime.ofInstant(watermark, ZoneOffset.UTC);
    return new CopyStatement(Kind.COPY_NEWER, "INSERT INTO %s (%s)\n%s\nWHERE %s > %s".formatted(dialect.table(target),
        targetColumns(columns), select(source, columns), col(timestampColumn), dialect.timestampLiteral(utc)));
  }

  /** The whole source merged into the target on {@code keys}: matched rows updated, the others inserted. */
  public CopyStatement merge(TableName source, TableName target, List<String> columns, List<String> keys) {
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("a merge needs at least one key column");
    }
    List<String> all = new ArrayList<>(columns);
    all.addAll(metadataNames());
    List<String> update = all.stream().filter(c -> keys.stream().noneMatch(k -> k.equalsIgnoreCase(c))).toList();
    StringBuilder sql = new StringBuilder("MERGE INTO %s AS t\nUSING (\n%s\n) AS s\nON %s".formatted(
        dialect.table(target), select(source, columns),
        keys.stream().map(k -> "t." + col(k) + " = s." + col(k)).collect(Collectors.joining(" AND "))));
    if (!update.isEmpty()) {
      sql.append("\nWHEN MATCHED THEN UPDATE SET ")
          .append(update.stream().map(c -> setTarget(c) + " = s." + col(c)).collect(Collectors.joining(", ")));
    }
    sql.append("\nWHEN NOT MATCHED THEN INSERT (").append(all.stream().map(this::col).collect(Collectors.joining(", ")))
        .append(") VALUES (").append(all.stream().map(c -> "s." + col(c)).collect(Collectors.joining(", "))).append(')');
    return new CopyStatement(Kind.MERGE, sql.toString());
  }

  /** A view (or, where the warehouse has them, a materialized view) over the source. */
  public CopyStatement createView(TableName source, TableName target, List<String> columns, boolean materialized) {
    if (materialized && !SqlCapabilities.materializedViews(dialect)) {
      throw new ReplicationException(ReplicationErrorCode.REPLICATION_INVALID_STRATEGY,
          dialect.dialect().id() + " has no materialized views (table " + target.qualifiedName() + ")",
          "use strategy view or full_refresh for this pipeline");
    }
    String verb = materialized ? "CREATE OR REPLACE MATERIALIZED VIEW" : "CREATE OR REPLACE VIEW";
    return new CopyStatement(Kind.CREATE_VIEW, "%s %s AS\n%s".formatted(verb, dialect.table(target), select(source, columns)));
  }

  public CopyStatement readWatermark(TableName target, String timestampColumn) {
    return new CopyStatement(Kind.READ_WATERMARK, "SELECT MAX(%s) FROM %s".formatted(col(timestampColumn), dialect.table(target)));
  }

  public CopyStatement dropTable(TableName target) {
    return new CopyStatement(Kind.DROP_TABLE, "DROP TABLE IF EXISTS " + dialect.table(target));
  }

  /** A nullable column added at the end of the target. */
  public CopyStatement addColumn(TableName target, String column, String type) {
    return new CopyStatement(Kind.ADD_COLUMN, "ALTER TABLE %s ADD COLUMN %s %s".formatted(dialect.table(target), col(column), type));
  }

  /** A column's type changed in place; only for changes {@link ColumnTypes#widens} allows. */
  public CopyStatement alterColumnType(TableName target, String column, String type) {
    String clause = switch (dialect) {
      case SnowflakeSqlDialect d -> "SET DATA TYPE";
      case DuckDbSqlDialect d -> "TYPE";
      case DatabricksSqlDialect d -> "TYPE";
    };
    return new CopyStatement(Kind.ALTER_COLUMN_TYPE,
        "ALTER TABLE %s ALTER COLUMN %s %s %s".formatted(dialect.table(target), col(column), clause, type));
  }

  /** The names of {@code columns}, for callers that hold described columns. */
  public static List<String> names(List<TypedColumn> columns) {
    return columns.stream().map(TypedColumn::name).toList();
  }

  private String select(TableName source, List<String> columns) {
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("a copy needs at least one column of " + source.qualifiedName());
    }
    List<String> items = new ArrayList<>(columns.stream().map(this::col).toList());
    for (MetadataColumn m : metadata) {
      items.add("CAST(%s AS %s) AS %s".formatted(m.value().strip(), m.type().strip(), col(m.name())));
    }
    return "SELECT %s\nFROM %s".formatted(String.join(", ", items), dialect.table(source));
  }

  private String targetColumns(List<String> columns) {
    List<String> all = new ArrayList<>(columns);
    all.addAll(metadataNames());
    return all.stream().map(this::col).collect(Collectors.joining(", "));
  }

  /** DuckDB rejects a qualified column in UPDATE SET; Databricks and Snowflake take {@code t."c"}. */
  private String setTarget(String column) {
    return switch (dialect) {
      case DuckDbSqlDialect d -> col(column);
      case DatabricksSqlDialect d -> "t." + col(column);
      case SnowflakeSqlDialect d -> "t." + col(column);
    };
  }

  private String col(String name) {
    return dialect.quoteIdentifier(Identifiers.requireQuotable("column name", name));
  }
}
