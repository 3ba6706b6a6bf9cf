package dev.rocky.catalog;

import dev.rocky.catalog.data.CodeData;
import dev.rocky.catalog.data.ColumnData;
import dev.rocky.catalog.data.ComplianceData;
import dev.rocky.catalog.data.ContractData;
import dev.rocky.catalog.data.DiagnosticData;
import dev.rocky.catalog.data.EdgeData;
import dev.rocky.catalog.data.ExecutionData;
import dev.rocky.catalog.data.ModelData;
import dev.rocky.catalog.data.PrData;
import dev.rocky.catalog.data.ProjectInfo;
import dev.rocky.catalog.data.RunData;
import dev.rocky.catalog.data.SiteData;
import dev.rocky.catalog.data.SourceData;
import dev.rocky.catalog.data.TestData;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A small shop: one source, a staging model, a mart with a contract, two runs (one with cost). */
final class SiteFixture {
  static final Instant T0 = Instant.parse("2026-11-20T09:00:00Z");

  private SiteFixture() {}

  static SiteData shop() {
    SourceData orders = new SourceData("raw.orders", "sources/raw.toml", List.of(
        ColumnData.of("id", "INT64", false), ColumnData.of("customer_id", "INT64", false),
        new ColumnData("email", "STRING", true, null, "pii", "hash"), ColumnData.of("amount", "DECIMAL(10,2)", true)));
    ModelData stg = new ModelData("stg_orders", "models/stg_orders.sql",
        "SELECT id AS order_id, customer_id, amount\nFROM raw.orders\nWHERE amount > 0 -- no refunds\n",
        "Orders with a positive amount.", "full_refresh", "", "stg_orders",
        List.of(ColumnData.of("order_id", "INT64", false), ColumnData.of("customer_id", "INT64", false),
            new ColumnData("amount", "DECIMAL(10,2)", true, "Order amount in EUR", null, null)),
        true, List.of("raw.orders"),
        List.of(new EdgeData("raw.orders", "id", "order_id", "direct"), new EdgeData("raw.orders", "customer_id", "customer_id", "direct"),
            new EdgeData("raw.orders", "amount", "amount", "direct"), new EdgeData("raw.orders", "amount", "order_id", "indirect: filter")),
        List.of(), null, List.of(), Map.of(), null);
    ModelData mart = new ModelData("fct_revenue", "models/fct_revenue.sql",
        "SELECT customer_id, SUM(amount) AS revenue\nFROM stg_orders\nGROUP BY customer_id\n",
        "Revenue per customer.", "merge", "unique_key: customer_id", "marts.fct_revenue",
        List.of(ColumnData.of("customer_id", "INT64", false), ColumnData.of("revenue", "DECIMAL(38,2)", true)),
        true, List.of("stg_orders"),
        List.of(new EdgeData("stg_orders", "customer_id", "customer_id", "direct"),
            new EdgeData("stg_orders", "amount", "revenue", "aggregation: sum"),
            new EdgeData("stg_orders", "customer_id", "revenue", "indirect: group_by")),
        List.of(),
        new ContractData("models/fct_revenue.contract.toml", List.of(new ContractData.Column("customer_id", "INT64", false),
            new ContractData.Column("revenue", "DECIMAL", null)), List.of("customer_id", "revenue"), List.of("customer_id"), List.of()),
        List.of(new TestData("not_null", "customer_id", "not_null on customer_id", null),
            new TestData("unique", "customer_id", "unique on customer_id", "pass")),
        Map.of("domain", "finance"), 0.01);
    RunData first = new RunData("run-20261120-090000-000", T0, T0.plusSeconds(3), "Success", "manual", null, null, List.of(
        new ExecutionData("stg_orders", T0, T0.plusMillis(1200), 1200, 10L, null, "success", null, null),
        new ExecutionData("fct_revenue", T0.plusMillis(1250), T0.plusMillis(2900), 1650, 4L, null, "success", null, null)),
        null, List.of());
    Instant t1 = T0.plusSeconds(3600);
    RunData second = new RunData("run-20261120-100000-000", t1, t1.plusSeconds(2), "PartialFailure", "schedule", "0123456789abcdef",
        "main", List.of(
        new ExecutionData("stg_orders", t1, t1.plusMillis(800), 800, 12L, 2048L, "success", null, 0.002),
        new ExecutionData("fct_revenue", t1.plusMillis(850), t1.plusMillis(1900), 1050, null, null, "failed",
            "Binder Error: column \"amount\" not found", 0.015)),
        0.017, List.of(new RunData.BreachData("max_usd", 0.01, 0.017)));
    List<DiagnosticData> diagnostics = List.of(new DiagnosticData("Warning", "W005",
        "model 'stg_orders' outputs temporal column x but declares no freshness", "stg_orders", "models/stg_orders.sql:1:8",
        "add [freshness]"));
    List<CodeData> codes = List.of(
        new CodeData("E010", "Error", "Contracts", "Required contract column missing from model output",
            "# E010: Required\n\nA column listed in `required` is missing. See [W010](W010.md) and [all](README.md).\n\n```toml\n[rules]\nrequired = [\"a\"]\n```\n\n## How to fix\n\n- Select it: `SUM(x) AS a`.\n- Or **remove** it.\n"),
        new CodeData("W005", "Warning", "Lint", "Temporal output without a freshness declaration", null));
    ComplianceData compliance = new ComplianceData(List.of(
        new ComplianceData.Row("raw.orders", "email", "pii", "hash", true, null)));
    PrData pr = new PrData("main", "HEAD", List.of(new PrData.Model("stg_orders", "modified", List.of(
        new PrData.Column("amount", "removed", "DECIMAL(10,2)", null, List.of("fct_revenue.revenue"), true)))), null);
    return new SiteData(new ProjectInfo("shop", "duckdb", "0.1.0", T0.plusSeconds(7200), 1.0), List.of(stg, mart), List.of(orders),
        List.of(second, first), diagnostics, codes, compliance, pr);
  }
}
