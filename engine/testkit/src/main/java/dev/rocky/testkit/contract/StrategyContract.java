package dev.rocky.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.core.port.ExecutionResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The statement shapes of each materialization strategy, as the planner renders them: full refresh
 * ({@code CREATE OR REPLACE TABLE ... AS}), incremental ({@code INSERT INTO ... SELECT}), merge,
 * delete+insert (in one transaction where the warehouse has them) and view. Row counts are checked
 * where the adapter reports them.
 */
public interface StrategyContract extends WarehouseFixture {

  @Test
  default void fullRefreshReplacesTheWholeTable() {
    String t = qualified("full_refresh");
    adapter().execute("CREATE OR REPLACE TABLE " + t + " AS\nSELECT 1 AS id, 'a' AS v");
    adapter().execute("CREATE OR REPLACE TABLE " + t + " AS\nSELECT 2 AS id, 'b' AS v UNION ALL SELECT 3 AS id, 'c' AS v");

    assertThat(rows("SELECT id, v FROM " + t + " ORDER BY id")).containsExactly(List.of(2L, "b"), List.of(3L, "c"));
  }

  @Test
  default void incrementalInsertAppendsOnlyNewRows() {
    String t = qualified("incremental");
    adapter().execute("CREATE TABLE " + t + " AS\nSELECT 1 AS id UNION ALL SELECT 2 AS id");
    ExecutionResult inserted = adapter().execute("INSERT INTO " + t + "\nSELECT * FROM (\n"
        + "SELECT 2 AS id UNION ALL SELECT 3 AS id UNION ALL SELECT 4 AS id\n) AS _rocky_src\n"
        + "WHERE id > (SELECT MAX(id) FROM " + t + ")");

    assertThat(inserted.rowsAffected()).isIn(null, 2L);
    assertThat(rows("SELECT id FROM " + t + " ORDER BY id")).containsExactly(List.of(1L), List.of(2L), List.of(3L), List.of(4L));
  }

  @Test
  default void mergeUpdatesMatchedRowsAndInsertsTheOthers() {
    String t = qualified("merged");
    adapter().execute("CREATE TABLE " + t + " (id BIGINT, v " + contractDialect().stringType() + ")");
    adapter().execute("INSERT INTO " + t + " VALUES (1, 'a'), (2, 'b')");
    ExecutionResult merged = adapter().execute("MERGE INTO " + t + " AS t\nUSING (\n"
        + "SELECT 2 AS id, 'B' AS v UNION ALL SELECT 3 AS id, 'c' AS v\n) AS s\nON t.id = s.id\n"
        + "WHEN MATCHED THEN UPDATE SET v = s.v\nWHEN NOT MATCHED THEN INSERT (id, v) VALUES (s.id, s.v)");

    assertThat(merged.rowsAffected()).isIn(null, 2L);
    assertThat(rows("SELECT id, v FROM " + t + " ORDER BY id"))
        .containsExactly(List.of(1L, "a"), List.of(2L, "B"), List.of(3L, "c"));
  }

  @Test
  default void deleteInsertReplacesThePartitionsOfTheIncomingRows() {
    String t = qualified("delete_insert");
    adapter().execute("CREATE TABLE " + t + " (day BIGINT, v " + contractDialect().stringType() + ")");
    adapter().execute("INSERT INTO " + t + " VALUES (1, 'old'), (2, 'old'), (2, 'older')");
    String incoming = "SELECT 2 AS day, 'new' AS v UNION ALL SELECT 3 AS day, 'new' AS v";
    List<String> statements = List.of(
        "DELETE FROM " + t + "\nWHERE (day) IN (\nSELECT DISTINCT day FROM (\n" + incoming + "\n) AS _rocky_incoming\n)",
        "INSERT INTO " + t + "\n" + incoming);
    if (contractDialect().multiStatementTransactions()) {
      adapter().executeInTransaction(statements);
    } else {
      statements.forEach(adapter()::execute);
    }

    assertThat(rows("SELECT day, v FROM " + t + " ORDER BY day, v"))
        .containsExactly(List.of(1L, "old"), List.of(2L, "new"), List.of(3L, "new"));
  }

  @Test
  default void aViewFollowsItsSource() {
    String t = qualified("view_source");
    String v = qualified("view_over");
    adapter().execute("CREATE TABLE " + t + " (id BIGINT)");
    adapter().execute("INSERT INTO " + t + " VALUES (1), (2)");
    adapter().execute("CREATE OR REPLACE VIEW " + v + " AS\nSELECT id FROM " + t + " WHERE id > 1");
    adapter().execute("INSERT INTO " + t + " VALUES (3)");

    assertThat(rows("SELECT id FROM " + v + " ORDER BY id")).containsExactly(List.of(2L), List.of(3L));
    assertThat(adapter().tableExists(table("view_over"))).isTrue();
  }
}
