package dev.rocky.planner;

import static dev.rocky.planner.Fixtures.model;
import static dev.rocky.planner.Fixtures.target;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.core.project.Model;
import dev.rocky.core.project.Strategy;
import dev.rocky.planner.sql.SqlDialect;
import dev.rocky.planner.target.TargetResolver;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Ephemeral inlining and branch rebinding, executed on DuckDB. */
class DuckDbInliningTest {
  private static final Strategy EPH = new Strategy.Ephemeral();
  private static final Strategy FULL = new Strategy.FullRefresh();
  private DuckDbRunner db;

  @BeforeEach
  void open() throws Exception {
    db = new DuckDbRunner();
    db.exec("CREATE TABLE orders (id INTEGER, customer_id INTEGER, amount INTEGER, status VARCHAR)");
    db.exec("INSERT INTO orders VALUES (1, 10, 500, 'ok'), (2, 10, 50, 'ok'), (3, 20, 900, 'test'), (4, 30, 200, 'ok')");
  }

  @AfterEach
  void close() throws Exception {
    db.close();
  }

  private static RunPlan plan(Map<String, List<String>> upstream, TargetResolver targets, Selection selection,
      Model... models) {
    return new RunPlanner(SqlDialect.DUCKDB, Fixtures.graph(upstream, List.copyOf(upstream.keySet())),
        List.of(models), Map.of(), targets).plan(selection);
  }

  private static Map<String, List<String>> edges(String... pairs) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String pair : pairs) {
      String[] p = pair.split(":", -1);
      out.put(p[0], p[1].isEmpty() ? List.of() : List.of(p[1].split(",")));
    }
    return out;
  }

  @Test
  void nestedEphemeralsInlineIntoAConsumerWithItsOwnWithKeepingItsColumns() throws Exception {
    Model base = model("base", "SELECT * FROM orders WHERE status <> 'test'; -- drop test orders", EPH);
    Model big = model("big", "SELECT id, customer_id, amount FROM base WHERE amount > 100", EPH);
    Model report = model("report", """
        -- customers with a big order
        WITH per_customer AS (
          SELECT customer_id, COUNT(*) AS "big orders" FROM big GROUP BY customer_id
        )
        SELECT p.customer_id, p."big orders", b.id, b.id AS "ID", b.amount
        FROM per_customer AS p JOIN base AS b USING (customer_id)
        ORDER BY b.id;""", FULL);
    RunPlan plan = plan(edges("base:", "big:base", "report:big,base"), TargetResolver.of(SqlDialect.DUCKDB),
        Selection.all(), base, big, report);
    ModelStep step = plan.steps().getFirst();
    assertThat(step.inlined()).containsExactly("base", "big");

    assertThat(db.columns(step.sql())).containsExactly("customer_id", "big orders", "id", "ID", "amount");
    assertThat(db.rows(step.sql())).containsExactly("10|1|1|1|500", "10|1|2|2|50", "30|1|4|4|200");
    db.run(plan);
    assertThat(db.rows("SELECT count(*) FROM main.report")).containsExactly("3");
  }

  @Test
  void inliningWorksBeforeWithRecursiveAndSetOperations() throws Exception {
    Model eph = model("eph", "SELECT 3 AS n", EPH);
    Model recursive = model("recursive", """
        WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r, eph WHERE i < eph.n)
        SELECT i FROM r ORDER BY i""", FULL);
    Model union = model("uni", "(SELECT n FROM eph) UNION ALL (SELECT n + 1 FROM eph)", FULL);
    RunPlan plan = plan(edges("eph:", "recursive:eph", "uni:eph"), TargetResolver.of(SqlDialect.DUCKDB),
        Selection.all(), eph, recursive, union);
    assertThat(db.rows(plan.step("recursive").orElseThrow().sql())).containsExactly("1", "2", "3");
    assertThat(db.rows(plan.step("uni").orElseThrow().sql())).containsExactly("3", "4");
  }

  @Test
  void aBranchRunWritesToTheBranchSchemaAndReadsItsOwnUpstreams() throws Exception {
    // Production targets in the session's default schema, where bare model references resolve (as in Rocky).
    Model stg = model("stg", "SELECT * FROM main.orders WHERE status = 'ok'", FULL, target("memory", "main", "stg"));
    Model eph = model("eph", "SELECT customer_id, amount FROM stg", EPH);
    Model fct = model("fct", "SELECT customer_id, SUM(amount) AS total FROM eph GROUP BY ALL ORDER BY 1", FULL,
        target("memory", "main", "fct"));
    Map<String, List<String>> up = edges("stg:", "eph:stg", "fct:eph");
    db.run(plan(up, TargetResolver.of(SqlDialect.DUCKDB), Selection.all(), stg, eph, fct));

    db.exec("UPDATE orders SET amount = amount * 2");
    RunPlan branch = plan(up, TargetResolver.of(SqlDialect.DUCKDB).onBranch("b1"), Selection.all(), stg, eph, fct);
    db.run(branch);

    assertThat(db.rows("SELECT * FROM main.fct")).containsExactly("10|550", "30|200");
    assertThat(db.rows("SELECT * FROM branch__b1.fct")).containsExactly("10|1100", "30|400");
    assertThat(db.rows("SELECT count(*) FROM branch__b1.stg")).containsExactly("3");
  }

  @Test
  void aBranchRunOfOneModelReadsProductionUpstreams() throws Exception {
    Model stg = model("stg", "SELECT * FROM main.orders", FULL, target(null, "main", "stg"));
    Model fct = model("fct", "SELECT COUNT(*) AS n FROM stg", FULL, target(null, "main", "fct"));
    Map<String, List<String>> up = edges("stg:", "fct:stg");
    db.run(plan(up, TargetResolver.of(SqlDialect.DUCKDB), Selection.all(), stg, fct));
    db.exec("DELETE FROM orders");
    db.run(plan(up, TargetResolver.of(SqlDialect.DUCKDB).onBranch("b2"), Selection.of("fct"), stg, fct));
    assertThat(db.rows("SELECT n FROM branch__b2.fct")).containsExactly("4");
  }
}
