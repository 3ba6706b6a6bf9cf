package dev.rocky.planner.govern;

import dev.rocky.core.config.MaskConfig.Strategy;
import dev.rocky.planner.sql.SqlDialect;
import dev.rocky.planner.sql.TableName;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * DuckDB's local equivalent of column masks: DuckDB has no roles, so each built model is published as
 * a view in a consumer schema beside its own ({@code <schema>_masked}), selecting every column with the
 * classified ones masked. Each masked column carries the comment {@code rocky-mask:<strategy>}, so
 * that the masks can be read back, and the verifier also checks the view's values.
 */
public final class MaskedViewSql {
  /** The suffix of the consumer schema. */
  public static final String CONSUMER_SUFFIX = "_masked";
  /** The prefix of a masked column's comment. */
  public static final String COMMENT_PREFIX = "rocky-mask:";

  private final SqlDialect dialect = SqlDialect.DUCKDB;

  /** One column of a masked view: its name, and its strategy when it is classified. */
  public record ViewColumn(String name, @Nullable Strategy strategy) {
    public ViewColumn {
      Objects.requireNonNull(name, "name");
    }
  }

  /** The view publishing {@code table} in the consumer schema. */
  public static TableName viewOf(TableName table) {
    return table.inSchema(table.schema() + CONSUMER_SUFFIX);
  }

  public String createSchema(TableName view) {
    return "CREATE SCHEMA IF NOT EXISTS " + dialect.schema(view);
  }

  /** {@code CREATE OR REPLACE VIEW} of {@code table} with the classified columns masked. */
  public String createView(TableName table, List<ViewColumn> columns) {
    String select = columns.stream().map(c -> {
      String quoted = dialect.quoteIdentifier(c.name());
      return c.strategy() == null || c.strategy() == Strategy.NONE ? quoted
          : MaskFunctions.duckDbExpression(c.strategy(), quoted) + " AS " + quoted;
    }).collect(Collectors.joining(",\n    "));
    return "CREATE OR REPLACE VIEW %s AS\nSELECT\n    %s\nFROM %s".formatted(dialect.table(viewOf(table)), select,
        dialect.table(table));
  }

  /** Marks a masked column of the view with its strategy. */
  public String comment(TableName table, String column, Strategy strategy) {
    return "COMMENT ON COLUMN %s.%s IS %s".formatted(dialect.table(viewOf(table)), dialect.quoteIdentifier(column),
        dialect.stringLiteral(COMMENT_PREFIX + strategy.id()));
  }

  /** The view's columns with their comments: {@code column_name}, {@code comment}. */
  public String readComments(TableName table) {
    TableName view = viewOf(table);
    return "SELECT column_name, comment FROM duckdb_columns() WHERE schema_name = %s AND table_name = %s ORDER BY column_index"
        .formatted(dialect.stringLiteral(view.schema()), dialect.stringLiteral(view.table()));
  }

  /** The number of values of a masked column that the strategy could not have produced (0 when it is masked). */
  public String countLeaks(TableName table, String column, Strategy strategy) {
    return "SELECT COUNT(*) FROM %s WHERE %s".formatted(dialect.table(viewOf(table)),
        MaskFunctions.duckDbLeak(strategy, dialect.quoteIdentifier(column)));
  }
}
