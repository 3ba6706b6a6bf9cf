package dev.rocky.adapter.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rocky.core.error.RockyException;
import dev.rocky.core.port.QueryEstimate;
import dev.rocky.core.port.WarehouseCapability;
import org.junit.jupiter.api.Test;

/** DuckDB's EXPLAIN estimates: rows returned (the root's cardinality) and rows read (the scans'), no bytes. */
class DuckDbExplainTest {

  @Test
  void estimatesRowsReturnedAndReadWithoutRunningTheQuery() {
    try (DuckDbAdapter duck = DuckDbAdapter.inMemory()) {
      assertThat(duck.supports(WarehouseCapability.EXPLAIN)).isTrue();
      duck.execute("CREATE TABLE orders AS SELECT range AS id, range % 7 AS day FROM range(1000)");
      duck.execute("CREATE TABLE days AS SELECT range AS day FROM range(7)");

      QueryEstimate all = duck.explain("SELECT id, day FROM orders");
      QueryEstimate joined = duck.explain("SELECT o.day, count(*) AS n FROM orders o JOIN days d ON o.day = d.day"
          + " GROUP BY o.day");

      assertThat(all).isEqualTo(new QueryEstimate(1000L, 1000L, null));
      assertThat(joined.rowsScanned()).isEqualTo(1007L);
      assertThat(joined.rows()).isPositive().isLessThan(1000L);
      assertThat(duck.query("SELECT count(*) FROM orders").single()).isEqualTo(1000L);
    }
  }

  @Test
  void aQueryOnAMissingTableCannotBeExplained() {
    try (DuckDbAdapter duck = DuckDbAdapter.inMemory()) {
      assertThatThrownBy(() -> duck.explain("SELECT * FROM nowhere")).isInstanceOf(RockyException.class)
          .hasMessageContaining("nowhere");
    }
  }

  @Test
  void aPlanWithoutEstimatesGivesUnknownFigures() {
    assertThat(DuckDbExplain.parse("[{\"name\": \"PROJECTION\", \"children\": [], \"extra_info\": {}}]"))
        .isEqualTo(new QueryEstimate(null, null, null));
    assertThat(DuckDbExplain.parse("not json")).isEqualTo(new QueryEstimate(null, null, null));
  }
}
