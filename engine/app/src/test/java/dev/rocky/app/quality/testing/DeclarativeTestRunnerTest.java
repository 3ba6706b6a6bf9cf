package dev.rocky.app.quality.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.rocky.adapter.duckdb.DuckDbAdapter;
import dev.rocky.compiler.load.LoadOptions;
import dev.rocky.compiler.load.ProjectLoader;
import dev.rocky.core.project.Model;
import dev.rocky.core.project.Project;
import dev.rocky.planner.sql.TableName;
import dev.rocky.testkit.InMemoryProjectSource;
import dev.rocky.testkit.TestProjects;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The fixture's [[tests]] and [[use_test]] against tables in DuckDB. */
class DeclarativeTestRunnerTest {

  @Test
  void sidecarTestsAndReusedDefinitionsRunOnTheModelsTables() {
    InMemoryProjectSource source = TestProjects.open("quality");
    Project project = Objects.requireNonNull(new ProjectLoader(Map.of()).load(source, LoadOptions.defaults()).project());
    try (DuckDbAdapter db = DuckDbAdapter.inMemory()) {
      db.execute("""
          CREATE TABLE main.stg_orders AS SELECT * FROM (VALUES (1, 'placed'), (2, 'lost'), (2, 'shipped'))
            AS t(order_id, status);
          CREATE TABLE main.customer_totals AS SELECT * FROM (VALUES (7, 2, 15.25)) AS t(customer_id, order_count, total_amount);
          """);
      Map<String, TableName> targets = Map.of(
          "stg_orders", new TableName(null, "main", "stg_orders"),
          "customer_totals", new TableName(null, "main", "customer_totals"));

      DeclarativeResult.Summary summary = new DeclarativeTestRunner(db).run(project.models(), targets,
          TestDefinitions.load(source, "models"));

      assertThat(summary.results()).extracting(DeclarativeResult::model, DeclarativeResult::testType,
          DeclarativeResult::severity, DeclarativeResult::status, DeclarativeResult::detail).containsExactly(
              tuple("customer_totals", "not_null", "error", "pass", "0 failing rows"),
              tuple("customer_totals", "row_count_range", "error", "pass", "1 rows"),
              tuple("stg_orders", "unique", "error", "fail", "1 failing rows"),
              tuple("stg_orders", "accepted_values", "warning", "fail", "1 failing rows"));
      assertThat(summary.results().get(2).sql()).isEqualTo("SELECT COUNT(*) FROM (SELECT \"order_id\" FROM"
          + " \"main\".\"stg_orders\" GROUP BY \"order_id\" HAVING COUNT(*) > 1) AS _rocky_duplicates");
      assertThat(summary).extracting(DeclarativeResult.Summary::total, DeclarativeResult.Summary::passed,
          DeclarativeResult.Summary::failed, DeclarativeResult.Summary::warned, DeclarativeResult.Summary::errored)
          .containsExactly(4, 2, 1, 1, 0);
      assertThat(summary.failing()).isTrue();
    }
  }

  @Test
  void anUnknownDefinitionOrAMissingTableIsAnErrorAndTheOthersStillRun() {
    InMemoryProjectSource source = TestProjects.open("quality");
    source.put("models/stg_orders.toml", """
        [[use_test]]
        name = "no_such_test"

        [[tests]]
        type = "not_null"
        column = "order_id"
        """);
    Project project = Objects.requireNonNull(new ProjectLoader(Map.of()).load(source, LoadOptions.defaults()).project());
    Model stg = project.model("stg_orders").orElseThrow();
    try (DuckDbAdapter db = DuckDbAdapter.inMemory()) {
      DeclarativeResult.Summary summary = new DeclarativeTestRunner(db).run(java.util.List.of(stg),
          Map.of("stg_orders", new TableName(null, "main", "stg_orders")), TestDefinitions.load(source, "models"));

      assertThat(summary.results()).extracting(DeclarativeResult::status).containsExactly("error", "error");
      assertThat(summary.results().get(0).detail()).as("[[tests]] first").containsIgnoringCase("stg_orders");
      assertThat(summary.results().get(1).detail()).isEqualTo("no test named 'no_such_test' in models/test_definitions.toml");
      assertThat(summary.errored()).isEqualTo(2);
    }
  }
}
