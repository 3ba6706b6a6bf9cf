package dev.rocky.adapter.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.core.port.ExecutionResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bytes each statement scanned and wrote, from DuckDB's query profile. */
class DuckDbProfileTest {

  @Test
  void aStatementReportsTheLogicalBytesItsScansProducedAndItsSinksReceived() {
    try (DuckDbAdapter duck = DuckDbAdapter.inMemory()) {
      // 1000 BIGINTs: the scan produces 8000 bytes; the projection adds a 16-byte string column
      ExecutionResult create = duck.execute("CREATE TABLE t AS SELECT range AS x, 'abc' || range AS y FROM range(1000)");
      assertThat(create.bytesScanned()).isEqualTo(8000L);
      assertThat(create.bytesWritten()).isEqualTo(24000L);
      assertThat(create.rowsAffected()).isEqualTo(1000L);

      ExecutionResult insert = duck.execute("INSERT INTO t SELECT x, y FROM t WHERE x < 10");
      assertThat(insert.bytesScanned()).isPositive();
      assertThat(insert.bytesWritten()).isPositive();
    }
  }

  @Test
  void ddlWithoutAProfileReportsNoBytesNeverZero() {
    try (DuckDbAdapter duck = DuckDbAdapter.inMemory()) {
      duck.execute("CREATE TABLE t AS SELECT 1 AS x");
      ExecutionResult view = duck.execute("CREATE VIEW v AS SELECT x FROM t");
      assertThat(view.bytesScanned()).isNull();
      assertThat(view.bytesWritten()).isNull();
      assertThat(duck.execute("CREATE SCHEMA s").bytesScanned()).isNull();
    }
  }

  @Test
  void aTransactionReportsWhatAllItsStatementsDidTogether() {
    try (DuckDbAdapter duck = DuckDbAdapter.inMemory()) {
      duck.execute("CREATE TABLE t AS SELECT range AS x FROM range(100)");
      long deleteScan = duck.execute("DELETE FROM t WHERE x < 0").bytesScanned();
      long insertScan = duck.execute("INSERT INTO t SELECT x FROM t WHERE x < 0").bytesScanned();

      ExecutionResult both = duck.executeTransaction(List.of("DELETE FROM t WHERE x < 0",
          "INSERT INTO t SELECT x FROM t WHERE x < 0"));

      assertThat(both.bytesScanned()).isEqualTo(deleteScan + insertScan);
      assertThat(both.rowsAffected()).isNull();
      assertThat(both.duration()).isPositive();
    }
  }

  @Test
  void aMergeCountsTheRowsItsInsertAndUpdateActionsStore() {
    String profile = """
        {"operator":[{"intermediate_size_bytes":0,"type":"RESULT_COLLECTOR","children":[
          {"intermediate_size_bytes":8,"type":"MERGE_INTO","children":[
            {"intermediate_size_bytes":32256,"type":"PROJECTION","children":[
              {"intermediate_size_bytes":20256,"type":"HASH_JOIN","children":[
                {"intermediate_size_bytes":8000,"type":"TABLE_SCAN"},
                {"intermediate_size_bytes":96,"type":"TABLE_SCAN"}]}]},
            {"intermediate_size_bytes":0,"type":"UPDATE","children":[
              {"intermediate_size_bytes":480,"type":"MERGE_ACTION_SOURCE"}]},
            {"intermediate_size_bytes":0,"type":"INSERT","children":[
              {"intermediate_size_bytes":16000,"type":"PROJECTION"}]}]}]}]}
        """;
    assertThat(DuckDbProfile.of(profile)).isEqualTo(new DuckDbProfile.Bytes(8096L, 16480L));
    assertThat(DuckDbProfile.of("{\"result\":\"error\"}")).isEqualTo(DuckDbProfile.Bytes.UNKNOWN);
    assertThat(DuckDbProfile.of("not json")).isEqualTo(DuckDbProfile.Bytes.UNKNOWN);
    assertThat(DuckDbProfile.of(null)).isEqualTo(DuckDbProfile.Bytes.UNKNOWN);
  }
}
