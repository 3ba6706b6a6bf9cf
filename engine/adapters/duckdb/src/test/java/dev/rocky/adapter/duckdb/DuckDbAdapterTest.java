package dev.rocky.adapter.duckdb;

import dev.rocky.testkit.ChildJvm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rocky.core.config.AdapterConfig;
import dev.rocky.core.error.ErrorType;
import dev.rocky.core.error.RockyException;
import dev.rocky.core.port.QueryResult;
import dev.rocky.core.project.Dialect;
import dev.rocky.core.project.TargetRef;
import dev.rocky.core.run.FailureKind;
import dev.rocky.core.run.Failures;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuckDbAdapterTest {
  @TempDir Path dir;

  @Test
  void aFileDatabaseKeepsItsDataAndItsPathIsRelativeToTheProjectRoot() {
    AdapterConfig config = AdapterConfig.duckdb("data/warehouse.duckdb");
    try (DuckDbAdapter adapter = DuckDbAdapter.open(config, dir)) {
      assertThat(adapter.database()).isEqualTo(dir.resolve("data/warehouse.duckdb").toString());
      assertThat(adapter.dialect()).isEqualTo(Dialect.DUCKDB);
      adapter.execute("CREATE TABLE kept AS SELECT 42 AS answer");
    }
    try (DuckDbAdapter reopened = DuckDbAdapter.open(dir.resolve("data/warehouse.duckdb"))) {
      assertThat(reopened.query("SELECT answer FROM kept").single()).isEqualTo(42);
      assertThat(reopened.tableExists(new TargetRef("warehouse", "main", "kept"))).isTrue();
      assertThat(reopened.tableExists(new TargetRef("elsewhere", "main", "kept"))).isFalse();
    }
  }

  @Test
  void lookupsFindOneTableByNameAnyCaseAndAMissingOneLeavesAnOpenTransactionAlone() {
    try (DuckDbAdapter adapter = DuckDbAdapter.inMemory()) {
      adapter.execute("CREATE SCHEMA \"Odd \"\"Schema\"");
      adapter.execute("CREATE TABLE \"Odd \"\"Schema\".\"Mixed Case\" (id INTEGER NOT NULL, amount DECIMAL(10, 2), tags VARCHAR[])");
      adapter.execute("CREATE VIEW main.v AS SELECT 1 AS one");

      TargetRef odd = new TargetRef(null, "odd \"schema", "MIXED CASE");
      assertThat(adapter.describeTable(odd)).hasValueSatisfying(columns -> assertThat(columns)
          .extracting(c -> c.name() + " " + c.nullable())
          .containsExactly("id false", "amount true", "tags true"));
      assertThat(adapter.tableExists(odd)).isTrue();
      assertThat(adapter.tableExists(new TargetRef(null, null, "V"))).isTrue();
      assertThat(adapter.tableExists(new TargetRef("memory", "main", "v"))).isTrue();
      assertThat(adapter.tableExists(new TargetRef(null, "main", "missing"))).isFalse();
      assertThat(adapter.tableExists(new TargetRef("nowhere", "main", "v"))).isFalse();

      // A failed lookup would abort the transaction: inside one, lookups do not fail.
      adapter.execute("CREATE TABLE t (a INTEGER)");
      adapter.execute("BEGIN TRANSACTION");
      adapter.execute("INSERT INTO t VALUES (1)");
      assertThat(adapter.describeTable(new TargetRef(null, "main", "missing"))).isEmpty();
      assertThat(adapter.tableExists(new TargetRef(null, "main", "t"))).isTrue();
      adapter.execute("INSERT INTO t VALUES (2)");
      adapter.execute("COMMIT");
      assertThat(adapter.query("SELECT count(*) FROM t").single()).isEqualTo(2L);
      assertThat(adapter.tableExists(new TargetRef(null, "main", "missing"))).isFalse();
    }
  }

  @Test
  void withoutAPathTheDatabaseIsInMemoryAndOtherAdapterTypesAreRefused() {
    try (DuckDbAdapter adapter = DuckDbAdapter.open(AdapterConfig.duckdb(null), dir)) {
      assertThat(adapter.database()).isEqualTo(":memory:");
    }
    assertThatThrownBy(() -> DuckDbAdapter.open(AdapterConfig.ofType("snowflake"), dir))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anotherProcessHoldingTheFileIsAClearExternalError() throws Exception {
    Path file = dir.resolve("held.duckdb");
    try (ChildJvm holder = ChildJvm.start(HoldDuckDbFile.class, file.toString())) {
      holder.awaitLine("ready", Duration.ofSeconds(60));

      assertThatThrownBy(() -> DuckDbAdapter.open(file)).isInstanceOfSatisfying(RockyException.class, e -> {
        assertThat(e.code()).isEqualTo(DuckDbErrorCode.DUCKDB_DATABASE_LOCKED);
        assertThat(e.type()).isEqualTo(ErrorType.EXTERNAL);
        assertThat(Failures.isTransient(e)).isFalse();
      }).hasMessageContaining("another process holds the DuckDB database file " + file);
    }
    try (DuckDbAdapter adapter = DuckDbAdapter.open(file)) {
      assertThat(adapter.tableExists(new TargetRef(null, null, "held"))).isTrue();
    }
  }

  @Test
  void wideAndNestedValuesBecomePlainJava() {
    try (DuckDbAdapter adapter = DuckDbAdapter.inMemory()) {
      QueryResult r = adapter.query("""
          SELECT 170141183460469231731687303715884105727::HUGEINT AS h, 7::TINYINT AS t,
                 TIMESTAMPTZ '2026-01-02 03:04:05+02' AS tz, '\\xAA\\xBB'::BLOB AS b, [1, 2] AS a,
                 {'x': 1, 'y': 'z'} AS s, MAP {'k': 1} AS m, '00000000-0000-0000-0000-000000000001'::UUID AS u,
                 TIME '01:02:03' AS tm""");

      assertThat(r.value(0, "h")).isEqualTo(new BigInteger("170141183460469231731687303715884105727"));
      assertThat(r.value(0, "t")).isEqualTo(7);
      assertThat(r.value(0, "tz")).isEqualTo(Instant.parse("2026-01-02T01:04:05Z"));
      assertThat((byte[]) r.value(0, "b")).containsExactly(0xAA, 0xBB);
      assertThat(r.value(0, "a")).isEqualTo(List.of(1, 2));
      assertThat(r.value(0, "s")).isEqualTo(Map.of("x", 1, "y", "z"));
      assertThat(r.value(0, "m")).isEqualTo(Map.of("k", 1));
      assertThat(r.value(0, "u")).isEqualTo("00000000-0000-0000-0000-000000000001");
      assertThat(r.value(0, "tm")).isEqualTo(LocalTime.of(1, 2, 3));
    }
  }

  @Test
  void aClosedAdapterRefusesWork() {
    DuckDbAdapter adapter = DuckDbAdapter.inMemory();
    adapter.close();
    adapter.close();

    assertThatThrownBy(() -> adapter.query("SELECT 1"))
        .isInstanceOfSatisfying(RockyException.class, e -> assertThat(e.code()).isEqualTo(DuckDbErrorCode.DUCKDB_CLOSED))
        .hasMessageContaining("closed");
  }

  @Test
  void constraintViolationsAreUserErrorsAndConflictsAreTransient() {
    try (DuckDbAdapter adapter = DuckDbAdapter.inMemory()) {
      adapter.execute("CREATE TABLE k (id INTEGER PRIMARY KEY)");
      assertThatThrownBy(() -> adapter.execute("INSERT INTO k VALUES (1), (1)"))
          .isInstanceOfSatisfying(RockyException.class, e -> assertThat(e.code()).isEqualTo(DuckDbErrorCode.DUCKDB_CONSTRAINT_VIOLATION));
    }
    assertThat(code("TransactionContext Error: Catalog write-write conflict on create with \"t\""))
        .isEqualTo(DuckDbErrorCode.DUCKDB_TRANSACTION_CONFLICT);
    assertThat(code("IO Error: No space left on device")).isEqualTo(DuckDbErrorCode.DUCKDB_IO_ERROR);
    assertThat(code("Out of Memory Error: failed to allocate data of size 1.0 GiB")).isEqualTo(DuckDbErrorCode.DUCKDB_OUT_OF_MEMORY);
    assertThat(code("INTERRUPT Error: Interrupted!")).isEqualTo(DuckDbErrorCode.DUCKDB_INTERRUPTED);
    assertThat(code("FATAL Error: database has been invalidated")).isEqualTo(DuckDbErrorCode.DUCKDB_INTERNAL_ERROR);
    assertThat(code("something else entirely")).isEqualTo(DuckDbErrorCode.DUCKDB_UNCLASSIFIED);
    assertThat(DuckDbErrorCode.DUCKDB_TRANSACTION_CONFLICT.isTransient()).isTrue();
    assertThat(DuckDbErrorCode.DUCKDB_OUT_OF_MEMORY.failureKind()).isEqualTo(FailureKind.QUOTA_EXCEEDED);
    assertThat(DuckDbErrors.code("", new java.sql.SQLException("x", "40001"))).isEqualTo(DuckDbErrorCode.DUCKDB_TRANSACTION_CONFLICT);
    assertThat(DuckDbErrors.code("", new java.sql.SQLException("x", "22012"))).isEqualTo(DuckDbErrorCode.DUCKDB_DIVISION_BY_ZERO);
  }

  private static DuckDbErrorCode code(String message) {
    return DuckDbErrors.code(message, new java.sql.SQLException(message));
  }
}
