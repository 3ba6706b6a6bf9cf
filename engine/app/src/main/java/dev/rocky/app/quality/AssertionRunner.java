package dev.rocky.app.quality;

import dev.rocky.core.port.WarehouseAdapter;
import dev.rocky.planner.quality.Assertion;
import dev.rocky.planner.quality.AssertionKind;
import dev.rocky.planner.quality.AssertionQuery;
import dev.rocky.planner.quality.AssertionSql;
import dev.rocky.planner.sql.SqlDialect;
import dev.rocky.planner.sql.TableName;
import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Runs one assertion on one table. The result carries {@code kind}, {@code column} and
 * {@code failing_rows} (failing rows, or duplicated keys for the uniqueness kinds); a
 * {@code row_count_range} reports the {@code row_count} instead and an {@code aggregate} its
 * {@code observed} value. {@link #sql} is the query, for reports that show it.
 */
public final class AssertionRunner {
  private final WarehouseAdapter adapter;
  private final AssertionSql sql;

  public AssertionRunner(WarehouseAdapter adapter) {
    this.adapter = adapter;
    this.sql = new AssertionSql(SqlDialect.of(adapter.dialect()));
  }

  /** The result and the query that produced it (null when the query could not be rendered). */
  public record Run(CheckResult result, @Nullable String sql) {}

  public Run run(Assertion a, TableName table) {
    AssertionQuery query;
    try {
      query = sql.query(a, table);
    } catch (RuntimeException e) {
      return new Run(CheckResult.notEvaluated(a.name(), Figures.reason(e), details(a, null)), null);
    }
    try {
      BigDecimal observed = Figures.number(adapter.query(query.sql()));
      return new Run(CheckResult.measured(a.name(), query.verdict().passes(observed), a.severity(), details(a, observed)),
          query.sql());
    } catch (RuntimeException e) {
      return new Run(CheckResult.notEvaluated(a.name(), Figures.reason(e), details(a, null)), query.sql());
    }
  }

  private static Map<String, @Nullable Object> details(Assertion a, @Nullable BigDecimal observed) {
    String figure = switch (a.kind()) {
      case AssertionKind.RowCountRange r -> "row_count";
      case AssertionKind.Aggregate g -> "observed";
      default -> "failing_rows";
    };
    Object value = observed == null ? null : figure.equals("observed") ? observed : (Object) observed.longValue();
    Map<String, @Nullable Object> details = Figures.details("kind", a.kind().id(), "column", a.column(), figure, value);
    if (a.column() == null) {
      details.remove("column");
    }
    return details;
  }
}
