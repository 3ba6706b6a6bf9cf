package dev.rocky.planner.govern;

import dev.rocky.core.config.MaskConfig.Strategy;
import dev.rocky.core.port.QueryResult;
import dev.rocky.core.types.RockyType;
import dev.rocky.planner.sql.DatabricksSqlDialect;
import dev.rocky.planner.sql.DuckDbSqlDialect;
import dev.rocky.planner.sql.Identifiers;
import dev.rocky.planner.sql.SnowflakeSqlDialect;
import dev.rocky.planner.sql.SqlDialect;
import dev.rocky.planner.sql.TableName;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Column masks on Databricks and Snowflake: the function (Databricks, {@code CREATE OR REPLACE
 * FUNCTION}) or masking policy (Snowflake, created once, its body kept in step with {@code ALTER
 * MASKING POLICY ... SET BODY}) of a strategy, in the table's schema; binding it to a column
 * ({@code ALTER TABLE ... ALTER COLUMN ... SET MASK}, {@code ALTER TABLE ... MODIFY COLUMN ... SET
 * MASKING POLICY ... FORCE}); unbinding; and reading the bindings back. DuckDB masks through views:
 * see {@link MaskedViewSql}.
 */
public final class MaskSql {
  private final SqlDialect dialect;

  public MaskSql(SqlDialect dialect) {
    this.dialect = Objects.requireNonNull(dialect, "dialect");
    if (dialect instanceof DuckDbSqlDialect) {
      throw new IllegalArgumentException("DuckDB masks with views: use MaskedViewSql");
    }
  }

  /** The qualified, quoted name of the mask for {@code strategy} in {@code env}, in {@code table}'s schema. */
  public String function(TableName table, Strategy strategy, @Nullable String env, RockyType type) {
    return dialect.schema(table) + "." + dialect.quoteIdentifier(MaskFunctions.name(strategy, env, dialect, type));
  }

  /** The statements that (re)define the mask, in order. */
  public List<String> define(TableName table, Strategy strategy, @Nullable String env, RockyType type) {
    String name = function(table, strategy, env, type);
    String sqlType = MaskFunctions.sqlType(dialect, type);
    String body = MaskFunctions.body(dialect, strategy, type);
    return switch (dialect) {
      case DatabricksSqlDialect d -> List.of("CREATE OR REPLACE FUNCTION %s(v %s) RETURNS %s RETURN %s"
          .formatted(name, sqlType, sqlType, body));
      case SnowflakeSqlDialect s -> List.of(
          "CREATE MASKING POLICY IF NOT EXISTS %s AS (v %s) RETURNS %s -> %s".formatted(name, sqlType, sqlType, body),
          "ALTER MASKING POLICY %s SET BODY -> %s".formatted(name, body));
      case DuckDbSqlDialect d -> throw new IllegalStateException("unreachable");
    };
  }

  /** Whether this dialect can mask a view's columns (Snowflake can; Databricks masks tables only). */
  public boolean masksViews() {
    return dialect instanceof SnowflakeSqlDialect;
  }

  /**
   * Binds the mask to the column, replacing any mask it had. {@code view}: the model is a view, which
   * only a dialect that {@link #masksViews()} accepts.
   */
  public String bind(TableName table, String column, String function, boolean view) {
    if (view && !masksViews()) {
      throw new IllegalArgumentException(dialect.dialect().id() + " cannot mask the columns of a view");
    }
    return switch (dialect) {
      case DatabricksSqlDialect d -> "ALTER TABLE %s ALTER COLUMN %s SET MASK %s".formatted(d.table(table), col(column), function);
      case SnowflakeSqlDialect s -> "ALTER %s %s MODIFY COLUMN %s SET MASKING POLICY %s FORCE"
          .formatted(view ? "VIEW" : "TABLE", s.table(table), col(column), function);
      case DuckDbSqlDialect d -> throw new IllegalStateException("unreachable");
    };
  }

  /** Removes the column's mask (its strategy became {@code none}). */
  public String unbind(TableName table, String column, boolean view) {
    return switch (dialect) {
      case DatabricksSqlDialect d -> "ALTER TABLE %s ALTER COLUMN %s DROP MASK".formatted(d.table(table), col(column));
      case SnowflakeSqlDialect s -> "ALTER %s %s MODIFY COLUMN %s UNSET MASKING POLICY"
          .formatted(view ? "VIEW" : "TABLE", s.table(table), col(column));
      case DuckDbSqlDialect d -> throw new IllegalStateException("unreachable");
    };
  }

  /** The query listing the masks bound to the table's columns; read it with {@link #bindings}. */
  public String readBindings(TableName table) {
    return switch (dialect) {
      case DatabricksSqlDialect d -> ("SELECT column_name, mask_name FROM %sinformation_schema.column_masks"
          + " WHERE schema_name = %s AND table_name = %s").formatted(
              table.catalog() == null ? "" : d.quoteIdentifier(table.catalog()) + ".",
              d.stringLiteral(table.schema()), d.stringLiteral(table.table()));
      case SnowflakeSqlDialect s -> ("SELECT ref_column_name AS column_name, policy_name AS mask_name FROM TABLE(%s"
          + "INFORMATION_SCHEMA.POLICY_REFERENCES(REF_ENTITY_NAME => %s, REF_ENTITY_DOMAIN => 'table'))"
          + " WHERE policy_kind = 'MASKING_POLICY'").formatted(
              table.catalog() == null ? "" : s.quoteIdentifier(table.catalog()) + ".",
              s.stringLiteral(s.table(table)));
      case DuckDbSqlDialect d -> throw new IllegalStateException("unreachable");
    };
  }

  /** A column and the unqualified name of the mask bound to it, as the warehouse reports them. */
  public record Binding(String column, String mask) {}

  public static List<Binding> bindings(QueryResult rows) {
    List<Binding> out = new ArrayList<>();
    for (List<@Nullable Object> row : rows.rows()) {
      out.add(new Binding(String.valueOf(row.get(0)), String.valueOf(row.get(1))));
    }
    return out;
  }

  private String col(String column) {
    return dialect.quoteReference(Identifiers.requireQuotable("column name", column));
  }
}
