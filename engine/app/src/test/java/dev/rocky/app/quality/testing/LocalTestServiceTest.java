package dev.rocky.app.quality.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.rocky.adapter.duckdb.DuckDbAdapter;
import dev.rocky.app.compile.CompileService;
import dev.rocky.compiler.CompileOptions;
import dev.rocky.compiler.CompileResult;
import dev.rocky.core.port.CacheStore;
import dev.rocky.testkit.InMemoryProjectSource;
import dev.rocky.testkit.TestProjects;
import org.junit.jupiter.api.Test;

/** The quality fixture's models on an in-memory DuckDB with its seed, and its [[test]] unit tests. */
class LocalTestServiceTest {

  static TestOutput test(InMemoryProjectSource project) {
    CompileResult compiled = new CompileService(CacheStore.NONE, null).compile(project, CompileOptions.defaults());
    assertThat(compiled.hasErrors()).as("%s", compiled.diagnostics()).isFalse();
    return new LocalTestService(DuckDbAdapter::inMemory).run(compiled, compiled.project().models(), null);
  }

  @Test
  void everyModelRunsOnTheSeedAndTheMultisetAndOrderedUnitTestsPass() {
    TestOutput out = test(TestProjects.open("quality"));

    assertThat(out.modelResults()).extracting(ModelTestResult::model, ModelTestResult::status)
        .containsExactly(tuple("stg_orders", "pass"), tuple("customer_totals", "pass"));
    assertThat(out.unitTests()).isNotNull();
    assertThat(out.unitTests().results()).extracting(UnitTestResult::model, UnitTestResult::test, UnitTestResult::passed)
        .containsExactlyInAnyOrder(tuple("stg_orders", "lowercases_the_status", true),
            tuple("customer_totals", "sums_per_customer", true));
    assertThat(out.total()).isEqualTo(4);
    assertThat(out.failed()).isZero();
    assertThat(out.failing()).isFalse();
  }

  @Test
  void aFailingMultisetTestNamesTheWrongRowAsMissingAndWhatCameInstead() {
    InMemoryProjectSource project = TestProjects.open("quality");
    project.put("models/customer_totals.toml", """
        [[test]]
        name = "sums_per_customer"
        [[test.given]]
        ref = "stg_orders"
        rows = [
          { order_id = 1, customer_id = 7, amount = 10.0 },
          { order_id = 2, customer_id = 7, amount = 5.25 },
          { order_id = 3, customer_id = 9, amount = 1.0 },
        ]
        [test.expect]
        rows = [
          { customer_id = 9, total_amount = 1.0 },
          { customer_id = 7, total_amount = 16.25 },
        ]
        """);

    TestOutput out = test(project);

    UnitTestResult r = out.unitTests().results().stream().filter(u -> u.model().equals("customer_totals")).findFirst()
        .orElseThrow();
    assertThat(r.passed()).isFalse();
    assertThat(r.mismatches()).extracting(RowMismatch::kind, RowMismatch::expected, RowMismatch::actual).containsExactly(
        tuple(RowMismatch.Kind.MISSING, "customer_id=7, total_amount=16.25", null),
        tuple(RowMismatch.Kind.EXTRA, "", "customer_id=7, total_amount=15.25"));
    assertThat(r.error()).isEqualTo("2 rows differ: missing row: customer_id=7, total_amount=16.25;"
        + " unexpected row: customer_id=7, total_amount=15.25");
    assertThat(out.failures()).extracting(TestOutput.Failure::name).containsExactly("customer_totals::sums_per_customer");
    assertThat(out.failing()).isTrue();
  }

  @Test
  void aFailingOrderedTestNamesThePositionThatDiffers() {
    InMemoryProjectSource project = TestProjects.open("quality");
    project.put("models/stg_orders.toml", """
        [[test]]
        name = "keeps_the_order"
        [[test.given]]
        ref = "raw.orders"
        rows = [{ id = 1, status = "A" }, { id = 2, status = "B" }, { id = 3, status = "C" }]
        [test.expect]
        ordered = true
        rows = [{ order_id = 1, status = "a" }, { order_id = 3, status = "c" }, { order_id = 2, status = "b" }]
        """);

    UnitTestResult r = test(project).unitTests().results().stream()
        .filter(u -> u.model().equals("stg_orders")).findFirst().orElseThrow();

    assertThat(r.passed()).isFalse();
    assertThat(r.mismatches()).extracting(RowMismatch::rowIndex, RowMismatch::kind, RowMismatch::expected, RowMismatch::actual)
        .containsExactly(tuple(1, RowMismatch.Kind.VALUE_DIFF, "order_id=3, status=c", "order_id=2, status=b"),
            tuple(2, RowMismatch.Kind.VALUE_DIFF, "order_id=2, status=b", "order_id=3, status=c"));
  }

  @Test
  void anEmptyExpectationAssertsNoRowsAndAnEmptyFixtureTakesTheUpstreamColumns() {
    InMemoryProjectSource project = TestProjects.open("quality");
    project.put("models/customer_totals.toml", """
        [[test]]
        name = "nothing_in_nothing_out"
        [[test.given]]
        ref = "stg_orders"
        rows = []
        [test.expect]
        rows = []
        """);

    UnitTestResult r = test(project).unitTests().results().stream()
        .filter(u -> u.model().equals("customer_totals")).findFirst().orElseThrow();

    assertThat(r.passed()).as("%s", r.error()).isTrue();
  }

  @Test
  void aModelThatFailsFailsItsDownstreamWithoutRunningIt() {
    InMemoryProjectSource project = TestProjects.open("quality");
    project.put("models/stg_orders.sql", "SELECT id AS order_id, customer_id, CAST(status AS INTEGER) AS status,"
        + " amount, ordered_at FROM raw.orders");
    project.put("models/stg_orders.toml", "");

    TestOutput out = test(project);

    assertThat(out.modelResults()).extracting(ModelTestResult::model, ModelTestResult::status).containsExactly(
        tuple("stg_orders", "fail"), tuple("customer_totals", "fail"));
    assertThat(out.modelResults().get(0).error()).containsIgnoringCase("conversion");
    assertThat(out.modelResults().get(1).error()).isEqualTo("not run: upstream 'stg_orders' failed");
  }
}
