package dev.rocky.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rocky.core.error.ErrorType;
import dev.rocky.core.error.RockyException;
import dev.rocky.core.port.ExecutionResult;
import dev.rocky.core.port.QueryResult;
import dev.rocky.core.port.WarehouseAdapter;
import dev.rocky.core.project.TargetRef;
import dev.rocky.core.run.FailureKind;
import dev.rocky.core.run.Failures;
import dev.rocky.core.types.RockyType;
import dev.rocky.core.types.TypedColumn;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link WarehouseAdapter} does: statements with row counts, typed query values,
 * describe and exists, transactions that roll back, error classification, and (in
 * {@link WarehouseCapabilityContract}) capability gating. Works in a scratch schema it drops after
 * each test.
 */
public abstract class WarehouseAdapterContract extends WarehouseCapabilityContract {

  /** SQL whose evaluation divides an integer by zero in this dialect. */
  protected String divisionByZeroSql() {
    return "SELECT 1 / 0";
  }

  @BeforeEach
  void createScratchSchema() {
    adapter.execute("CREATE SCHEMA IF NOT EXISTS " + scratchSchema());
  }

  @AfterEach
  void dropScratchSchema() {
    adapter.execute("DROP SCHEMA IF EXISTS " + scratchSchema() + " CASCADE");
  }

  @Test
  void executeReportsRowsAffectedAndNeverAZeroForUnknownBytes() {
    adapter.execute("CREATE TABLE " + qualified("t") + " (id INTEGER)");
    ExecutionResult inserted = adapter.execute("INSERT INTO " + qualified("t") + " VALUES (1), (2), (3)");

    assertThat(inserted.rowsAffected()).isEqualTo(3L);
    assertThat(inserted.duration().isNegative()).isFalse();
    assertThat(adapter.execute("DELETE FROM " + qualified("t") + " WHERE id > 1").rowsAffected()).isEqualTo(2L);
    for (Long bytes : Arrays.asList(inserted.bytesScanned(), inserted.bytesWritten())) {
      assertThat(bytes == null || bytes > 0).as("bytes are reported or null").isTrue();
    }
  }

  @Test
  void queryReturnsTypedJavaValues() {
    QueryResult result = adapter.query("SELECT CAST(1 AS INTEGER) AS i, CAST(2 AS BIGINT) AS l, "
        + "CAST(3.25 AS DECIMAL(10,2)) AS d, 'x' AS s, TRUE AS b, DATE '2026-01-02' AS dt, "
        + "TIMESTAMP '2026-01-02 03:04:05' AS ts, CAST(1.5 AS DOUBLE) AS f, CAST(NULL AS VARCHAR) AS n");

    assertThat(result.columnNames()).containsExactly("i", "l", "d", "s", "b", "dt", "ts", "f", "n");
    assertThat(result.columns()).extracting(TypedColumn::type).containsExactly(RockyType.INT32, RockyType.INT64,
        new RockyType.Decimal(10, 2), RockyType.STRING, RockyType.BOOLEAN, RockyType.DATE, RockyType.TIMESTAMP,
        RockyType.FLOAT64, RockyType.STRING);
    assertThat(result.rows()).singleElement().isEqualTo(Arrays.asList(1, 2L, new BigDecimal("3.25"), "x", true,
        LocalDate.of(2026, 1, 2), LocalDateTime.of(2026, 1, 2, 3, 4, 5), 1.5d, null));
  }

  @Test
  void describeGivesColumnsInOrderWithNullability() {
    adapter.execute("CREATE TABLE " + qualified("orders")
        + " (id BIGINT NOT NULL, note VARCHAR(20), amount DECIMAL(10,2), placed DATE, placed_at TIMESTAMP, ok BOOLEAN)");

    assertThat(adapter.describeTable(table("orders"))).contains(List.of(
        new TypedColumn("id", RockyType.INT64, false), new TypedColumn("note", RockyType.STRING, true),
        new TypedColumn("amount", new RockyType.Decimal(10, 2), true), new TypedColumn("placed", RockyType.DATE, true),
        new TypedColumn("placed_at", RockyType.TIMESTAMP, true), new TypedColumn("ok", RockyType.BOOLEAN, true)));
    assertThat(adapter.describeTable(table("missing"))).isEmpty();
    assertThat(adapter.describeTable(new TargetRef(null, "no_such_schema", "orders"))).isEmpty();
  }

  @Test
  void existsSeesTablesAndViewsAndListsThem() {
    adapter.execute("CREATE TABLE " + qualified("b_table") + " (id INTEGER)");
    adapter.execute("CREATE VIEW " + qualified("a_view") + " AS SELECT 1 AS one");

    assertThat(adapter.tableExists(table("b_table"))).isTrue();
    assertThat(adapter.tableExists(table("a_view"))).isTrue();
    assertThat(adapter.tableExists(table("c_missing"))).isFalse();
    assertThat(adapter.tableExists(new TargetRef(null, "no_such_schema", "b_table"))).isFalse();
    assertThat(adapter.listSchemas()).contains(scratchSchema()).isSorted();
    assertThat(adapter.listTables(scratchSchema())).extracting(TargetRef::table).containsExactly("a_view", "b_table");
    assertThat(adapter.listTables(scratchSchema())).extracting(TargetRef::schema).containsOnly(scratchSchema());
  }

  @Test
  void aTransactionCommitsAllOrNothing() {
    adapter.execute("CREATE TABLE " + qualified("t") + " (id INTEGER)");
    adapter.executeInTransaction(List.of("INSERT INTO " + qualified("t") + " VALUES (1)", "INSERT INTO " + qualified("t") + " VALUES (2)"));

    assertThatThrownBy(() -> adapter.executeInTransaction(List.of(
        "INSERT INTO " + qualified("t") + " VALUES (3)",
        "CREATE TABLE " + qualified("t2") + " (a INTEGER)",
        "INSERT INTO " + qualified("t") + " VALUES ('not a number')")))
        .isInstanceOfSatisfying(RockyException.class, e -> assertThat(e.type()).isEqualTo(ErrorType.USER_ERROR));

    assertThat(adapter.query("SELECT id FROM " + qualified("t") + " ORDER BY id").rows()).containsExactly(List.of(1), List.of(2));
    assertThat(adapter.tableExists(table("t2"))).isFalse();
    adapter.execute("INSERT INTO " + qualified("t") + " VALUES (4)");
    assertThat(adapter.query("SELECT COUNT(*) AS n FROM " + qualified("t")).single()).isEqualTo(3L);
  }

  @Test
  void badSqlIsAPermanentUserError() {
    assertUserError(() -> adapter.execute("SELEC 1"), FailureKind.QUERY_REJECTED);
    assertUserError(() -> adapter.query("SELECT no_such_column FROM (SELECT 1 AS a) AS s"), FailureKind.QUERY_REJECTED);
    assertUserError(() -> adapter.query("SELECT CAST('x' AS INTEGER)"), FailureKind.QUERY_REJECTED);
  }

  @Test
  void aMissingTableIsAUserErrorOfKindNotFound() {
    assertUserError(() -> adapter.query("SELECT * FROM " + qualified("no_such_table")), FailureKind.NOT_FOUND);
  }

  @Test
  void divisionByZeroIsAPermanentUserError() {
    assertUserError(() -> adapter.query(divisionByZeroSql()), FailureKind.QUERY_REJECTED);
  }

  @Test
  void theAdapterIsSafeToShareBetweenThreads() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> checks = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int base = t * 100;
        checks.add(pool.submit(() -> {
          for (int i = base; i < base + 25; i++) {
            if (!Long.valueOf(i).equals(adapter.query("SELECT CAST(" + i + " AS BIGINT) AS v").single())) {
              return false;
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> check : checks) {
        assertThat(check.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static void assertUserError(Runnable call, FailureKind kind) {
    assertThatThrownBy(call::run).isInstanceOfSatisfying(RockyException.class, e -> {
      assertThat(e.type()).as(e.getMessage()).isEqualTo(ErrorType.USER_ERROR);
      assertThat(Failures.isTransient(e)).as(e.getMessage()).isFalse();
      assertThat(Failures.kind(e)).as(e.getMessage()).isEqualTo(kind);
    });
  }
}
