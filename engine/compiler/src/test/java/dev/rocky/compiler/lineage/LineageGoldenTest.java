package dev.rocky.compiler.lineage;

import static dev.rocky.compiler.lineage.TracePrinter.ref;

import dev.rocky.core.lineage.ColumnRef;
import dev.rocky.testkit.GoldenFiles;
import dev.rocky.testkit.TestProjects;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Golden column traces, both ways, through every construct lineage must see: a CTE over
 * {@code SELECT *}, window functions, UNION branches, CASE, aggregates, joins, filters, and stars
 * over unknown schemas (reported as unresolved, never as an empty trace). Rewrite with
 * {@code -Dgolden.update=true}, then review the diff.
 */
class LineageGoldenTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "lineage");

  private record Walk(ColumnRef column, Direction direction, boolean indirect) {}

  private static Walk up(String model, String column) {
    return new Walk(ref(model, column), Direction.UPSTREAM, true);
  }

  private static Walk down(String model, String column) {
    return new Walk(ref(model, column), Direction.DOWNSTREAM, true);
  }

  private static Walk valueUp(String model, String column) {
    return new Walk(ref(model, column), Direction.UPSTREAM, false);
  }

  private static Walk valueDown(String model, String column) {
    return new Walk(ref(model, column), Direction.DOWNSTREAM, false);
  }

  private static void check(String project, List<Walk> walks) {
    LineageGraph graph = LineageFixtures.compile(project).lineage();
    StringBuilder out = new StringBuilder();
    for (Walk w : walks) {
      out.append(w.indirect() ? "" : "(values only) ")
          .append(TracePrinter.print(graph.trace(w.column(), w.direction(), w.indirect()))).append('\n');
    }
    GoldenFiles.assertMatches(GOLDEN.resolve(project + ".txt"), out.toString());
  }

  @Test
  void lineageFixtureTracesOneValueThroughEveryConstructBothWays() {
    check(TestProjects.LINEAGE, List.of(
        valueDown("raw.events", "amount"),
        down("stg_events", "amount"),
        valueUp("fct_user_buckets", "total"),
        up("fct_user_buckets", "total"),
        up("int_classified", "bucket"),
        up("rpt_big_spenders", "email"),
        up("rpt_clicks_by_user", "country"),
        down("stg_users", "user_id"),
        down("stg_clicks", "user_id"),
        down("raw.users", "email")));
  }

  @Test
  void typedFixtureTracesCteOverStarWindowUnionCaseAndAggregateBothWays() {
    check(TestProjects.TYPED, List.of(
        // A CTE over SELECT * with a window (ROW_NUMBER) that filters the rows.
        up("stg_customers_latest", "segment"),
        valueDown("raw.customers", "segment"),
        // Window functions: a running SUM partitioned and ordered, and a named window.
        up("fct_orders", "running_ltv"),
        valueUp("fct_daily_revenue", "revenue_7d"),
        // Every UNION branch, one of them a CASE.
        up("int_order_status_union", "status"),
        down("stg_payments", "is_settled"),
        // CASE over a join.
        valueUp("fct_orders", "payment_state"),
        // Aggregates, then what reads them.
        up("int_customer_orders", "lifetime_value"),
        valueDown("int_orders_enriched", "net_total"),
        // ORDER BY under a LIMIT shapes the rows.
        up("rpt_top_customers", "customer_id"),
        // Unknown schemas: unresolved, with the reason, both ways.
        up("mart_ad_efficiency", "roas"),
        down("stg_ad_spend", "spend_date")));
  }
}
