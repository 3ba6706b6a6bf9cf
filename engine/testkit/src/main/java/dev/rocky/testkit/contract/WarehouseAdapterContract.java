package dev.rocky.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rocky.core.error.ErrorType;
import dev.rocky.core.error.RockyException;
import dev.rocky.core.port.ExecutionResult;
import dev.rocky.core.port.QueryResult;
import dev.rocky.core.port.WarehouseAdapter;
import dev.rocky.core.project.TargetRef;
import dev.rocky.core.run.FailureKind;
import dev.rocky.core.run.Failures;
import dev.rocky.core.types.TypedColumn;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link WarehouseAdapter} does: statements with row counts, typed query values, large
 * results, describe and exists, transactions that roll back, error classification, and, through the
 * categories it implements, every materialization strategy's statements and the optional
 * capabilities (each category skips itself when the adapter does not list its capability). Works in
 * a scratch schema it drops after each test. Capability gating and cancellation are in
 * {@link WarehouseCapabilityContract}.
 */
public abstract class WarehouseAdapterContract extends WarehouseCapabilityContract
    implements StrategyContract, CloneContract, TimeTravelContract, QueryHistoryContract, GovernanceContract {

  /** SQL whose evaluation divides an integer by zero in this dialect. */
  protected String divisionByZeroSql() {
    return "SELECT 1 / 0";
  }

  @BeforeEach
  void createScratchSchema() {
    adapter.execute("CREATE SCHEMA IF NOT EXISTS " + schemaName());
  }

  @AfterEach
  void dropScratchSchema() {
    adapter.execute("DROP SCHEMA IF EXISTS " + schemaName() + " CASCADE");
  }

  private String schemaName() {
    String catalog = scratchCatalog();
    String schema = contractDialect().quote(scratchSchema());
    return catalog == null ? schema : contractDialect().quote(catalog) + "." + schema;
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
    ContractDialect.TypedQueryCase typed = contractDialect().typedQuery();
    QueryResult result = adapter.query(typed.sql());

    assertThat(WarehouseFixture.lower(result.columnNames())).containsExactly("i", "l", "d", "s", "b", "dt", "ts", "f", "n");
    assertThat(result.columns()).extracting(TypedColumn::type).containsExactlyElementsOf(typed.types());
    assertThat(result.rows()).singleElement().isEqualTo(typed.row());
  }

  @Test
  void aLargeResultArrivesWholeAndInOrder() {
    List<List<Object>> rows = new ArrayList<>(rows("SELECT n FROM (" + contractDialect().numbers(2500) + ") AS g ORDER BY n"));

    assertThat(rows).hasSize(2500);
    assertThat(rows).extracting(r -> r.get(0)).containsExactlyElementsOf(LongStream.range(0, 2500).boxed().toList());
  }

  @Test
  void describeGivesColumnsInOrderWithNullability() {
    ContractDialect.DescribeCase describe = contractDialect().describeCase();
    adapter.execute("CREATE TABLE " + qualified("orders") + " " + describe.columnsDdl());

    assertThat(adapter.describeTable(table("orders"))).hasValueSatisfying(columns -> assertThat(columns)
        .extracting(c -> c.withName(c.name().toLowerCase(java.util.Locale.ROOT)))
        .containsExactlyElementsOf(describe.expected()));
    assertThat(adapter.describeTable(table("missing"))).isEmpty();
    assertThat(adapter.describeTable(new TargetRef(scratchCatalog(), "no_such_schema", "orders"))).isEmpty();
  }

  @Test
  void existsSeesTablesAndViewsAndListsThem() {
    adapter.execute("CREATE TABLE " + qualified("b_table") + " (id INTEGER)");
    adapter.execute("CREATE VIEW " + qualified("a_view") + " AS SELECT 1 AS one");

    assertThat(adapter.tableExists(table("b_table"))).isTrue();
    assertThat(adapter.tableExists(table("a_view"))).isTrue();
    assertThat(adapter.tableExists(table("c_missing"))).isFalse();
    assertThat(adapter.tableExists(new TargetRef(scratchCatalog(), "no_such_schema", "b_table"))).isFalse();
    assertThat(adapter.listSchemas()).contains(scratchSchema()).isSorted();
    assertThat(adapter.listTables(scratchSchema())).extracting(TargetRef::table).containsExactly("a_view", "b_table");
    assertThat(adapter.listTables(scratchSchema())).extracting(TargetRef::schema).containsOnly(scratchSchema());
  }

  @Test
  void aTransactionCommitsAllOrNothing() {
    assumeTrue(contractDialect().multiStatementTransactions(), "no multi-statement transactions");
    adapter.execute("CREATE TABLE " + qualified("t") + " (id INTEGER)");
    adapter.executeInTransaction(List.of("INSERT INTO " + qualified("t") + " VALUES (1)", "INSERT INTO " + qualified("t") + " VALUES (2)"));
    List<String> failing = new ArrayList<>(List.of("INSERT INTO " + qualified("t") + " VALUES (3)"));
    if (contractDialect().transactionalDdl()) {
      failing.add("CREATE TABLE " + qualified("t2") + " (a INTEGER)");
    }
    failing.add("INSERT INTO " + qualified("t") + " VALUES ('not a number')");

    assertThatThrownBy(() -> adapter.executeInTransaction(failing))
        .isInstanceOfSatisfying(RockyException.class, e -> assertThat(e.type()).isEqualTo(ErrorType.USER_ERROR));

    assertThat(rows("SELECT id FROM " + qualified("t") + " ORDER BY id")).containsExactly(List.of(1L), List.of(2L));
    assertThat(adapter.tableExists(table("t2"))).isFalse();
    adapter.execute("INSERT INTO " + qualified("t") + " VALUES (4)");
    assertThat(WarehouseFixture.normalize(adapter.query("SELECT COUNT(*) AS n FROM " + qualified("t")).single())).isEqualTo(3L);
  }

  @Test
  void withoutTransactionsOneStatementRunsAndSeveralAreRefusedBeforeAnyRuns() {
    assumeFalse(contractDialect().multiStatementTransactions(), "the warehouse has transactions");
    adapter.execute("CREATE TABLE " + qualified("t") + " (id INTEGER)");
    adapter.executeInTransaction(List.of("INSERT INTO " + qualified("t") + " VALUES (1)"));

    assertThatThrownBy(() -> adapter.executeInTransaction(List.of(
        "INSERT INTO " + qualified("t") + " VALUES (2)", "INSERT INTO " + qualified("t") + " VALUES (3)")))
        .isInstanceOfSatisfying(RockyException.class, e -> assertThat(Failures.isTransient(e)).isFalse());
    assertThat(rows("SELECT id FROM " + qualified("t"))).containsExactly(List.of(1L));
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
            if (!Long.valueOf(i).equals(WarehouseFixture.normalize(adapter.query("SELECT CAST(" + i + " AS BIGINT) AS v").single()))) {
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

  /** Asserts that {@code call} fails with a permanent user error of {@code kind}. */
  protected static void assertUserError(Runnable call, FailureKind kind) {
    assertThatThrownBy(call::run).isInstanceOfSatisfying(RockyException.class, e -> {
      assertThat(e.type()).as(e.getMessage()).isEqualTo(ErrorType.USER_ERROR);
      assertThat(Failures.isTransient(e)).as(e.getMessage()).isFalse();
      assertThat(Failures.kind(e)).as(e.getMessage()).isEqualTo(kind);
    });
  }
}
