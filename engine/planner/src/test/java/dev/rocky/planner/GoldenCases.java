package dev.rocky.planner;

import static dev.rocky.planner.Fixtures.complete;
import static dev.rocky.planner.Fixtures.graph;
import static dev.rocky.planner.Fixtures.incomplete;
import static dev.rocky.planner.Fixtures.merge;
import static dev.rocky.planner.Fixtures.model;
import static dev.rocky.planner.Fixtures.target;
import static dev.rocky.planner.Fixtures.timeInterval;

import dev.rocky.core.project.Dialect;
import dev.rocky.core.project.Model;
import dev.rocky.core.project.Strategy;
import dev.rocky.core.project.Strategy.Granularity;
import dev.rocky.core.types.ModelSchema;
import dev.rocky.planner.partition.PartitionKey;
import dev.rocky.planner.partition.PartitionPlanner;
import dev.rocky.planner.partition.PartitionSelection;
import dev.rocky.planner.partition.PartitionWindow;
import dev.rocky.planner.sql.SqlDialect;
import dev.rocky.planner.sql.Statement;
import dev.rocky.planner.target.TargetResolver;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** The scenarios whose SQL is kept as golden files, one file per scenario and dialect. */
final class GoldenCases {
  private GoldenCases() {}

  record GoldenCase(String name, Set<Dialect> dialects, Function<SqlDialect, List<Statement>> render) {}

  static final Instant WATERMARK = Instant.parse("2026-03-01T12:30:00.123456Z");

  static final String REVENUE_SQL = """
      SELECT customer_id, SUM(amount) AS revenue, MAX(ordered_at) AS last_order
      FROM raw.orders
      GROUP BY customer_id; -- one row per customer""";

  static final String EVENTS_SQL = "SELECT event_id, user_id, occurred_at FROM raw.events";

  static final String CUSTOMERS_SQL = "SELECT customer_id, region, lifetime_value FROM raw.customers";

  static final String WINDOW_SQL = """
      SELECT order_id, amount, ordered_at
      FROM raw.orders
      WHERE ordered_at >= @start_date AND ordered_at < @end_date
        AND note <> '@start_date'""";

  private static final Set<Dialect> ALL = EnumSet.allOf(Dialect.class);

  static List<GoldenCase> all() {
    List<GoldenCase> cases = new ArrayList<>();
    Strategy.Merge byCustomer = merge(List.of("customer_id"), null);
    cases.add(single("full_refresh", ALL, new Strategy.FullRefresh(), REVENUE_SQL, TargetState.absent()));
    cases.add(new GoldenCase("full_refresh_default_target", ALL, d -> render(d,
        model("daily", "SELECT 1 AS one", new Strategy.FullRefresh()), null, TargetState.absent())));
    cases.add(single("view", ALL, new Strategy.View(), REVENUE_SQL, TargetState.absent()));
    cases.add(single("materialized_view", EnumSet.of(Dialect.DATABRICKS, Dialect.SNOWFLAKE),
        new Strategy.MaterializedView(), REVENUE_SQL, TargetState.absent()));
    Strategy incremental = new Strategy.Incremental("occurred_at");
    cases.add(single("incremental_first_run", ALL, incremental, EVENTS_SQL, TargetState.absent()));
    cases.add(single("incremental", ALL, incremental, EVENTS_SQL, TargetState.present(WATERMARK)));
    cases.add(single("microbatch", ALL, new Strategy.Microbatch("occurred_at", null), EVENTS_SQL,
        TargetState.present(WATERMARK)));
    ModelSchema customers = complete("fct", "customer_id", "region", "lifetime_value");
    cases.add(new GoldenCase("merge_first_run", ALL, d -> render(d,
        fct(byCustomer, CUSTOMERS_SQL), customers, TargetState.absent())));
    cases.add(new GoldenCase("merge", ALL, d -> render(d, fct(byCustomer, CUSTOMERS_SQL), customers,
        TargetState.present())));
    cases.add(new GoldenCase("merge_update_columns", ALL, d -> render(d,
        fct(merge(List.of("customer_id", "region"), List.of("lifetime_value")), CUSTOMERS_SQL),
        incomplete("fct", "customer_id"), TargetState.present())));
    cases.add(new GoldenCase("merge_update_all", EnumSet.of(Dialect.DATABRICKS), d -> render(d,
        fct(byCustomer, CUSTOMERS_SQL), incomplete("fct"), TargetState.present())));
    cases.add(single("delete_insert", ALL, new Strategy.DeleteInsert(List.of("order_date", "region")),
        "SELECT order_id, order_date, region, amount FROM raw.orders", TargetState.present()));
    Strategy.TimeInterval daily = timeInterval("ordered_at", Granularity.DAY, null, null, "2026-01-01");
    cases.add(single("time_interval_bootstrap", ALL, daily, WINDOW_SQL, TargetState.absent()));
    cases.add(new GoldenCase("time_interval_partition", ALL, d -> partitions(d, daily,
        List.of(PartitionKey.parse(Granularity.DAY, "2026-04-01").window()))));
    Strategy.TimeInterval hourly = timeInterval("ordered_at", Granularity.HOUR, null, 3, null);
    cases.add(new GoldenCase("time_interval_batch", ALL, d -> partitions(d, hourly,
        PartitionPlanner.plan("fct", hourly, new PartitionSelection.Range("2026-04-01T22", "2026-04-02T00"), null,
            Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)))));
    cases.add(new GoldenCase("ephemeral_consumer", ALL, GoldenCases::ephemeralConsumer));
    cases.add(new GoldenCase("branch", ALL, GoldenCases::branch));
    cases.add(new GoldenCase("upstream_in_other_schema", ALL, GoldenCases::upstreamInOtherSchema));
    return cases;
  }

  private static GoldenCase single(String name, Set<Dialect> dialects, Strategy strategy, String sql,
      TargetState state) {
    return new GoldenCase(name, dialects, d -> render(d, fct(strategy, sql), null, state));
  }

  private static Model fct(Strategy strategy, String sql) {
    return model("fct", sql, strategy, target("analytics", "marts", "fct"));
  }

  private static List<Statement> render(SqlDialect dialect, Model model, ModelSchema schema, TargetState state) {
    RunPlan plan = plan(dialect, TargetResolver.of(dialect), schema, Map.of(model.name(), List.of()), model);
    return new MaterializationRenderer(dialect).render(plan.steps().getFirst(), state);
  }

  private static List<Statement> partitions(SqlDialect dialect, Strategy.TimeInterval strategy,
      List<PartitionWindow> windows) {
    Model model = fct(strategy, WINDOW_SQL);
    RunPlan plan = plan(dialect, TargetResolver.of(dialect), null, Map.of("fct", List.of()), model);
    MaterializationRenderer renderer = new MaterializationRenderer(dialect);
    return windows.stream().flatMap(w -> renderer.renderPartition(plan.steps().getFirst(), w).stream()).toList();
  }

  private static List<Statement> ephemeralConsumer(SqlDialect dialect) {
    Model base = model("base_orders", "SELECT * FROM raw.orders WHERE status <> 'test';", new Strategy.Ephemeral());
    Model big = model("big_orders", "SELECT * FROM base_orders WHERE amount > 100", new Strategy.Ephemeral());
    Model report = model("report", """
        -- big orders per customer
        WITH by_customer AS (
          SELECT customer_id, COUNT(*) AS n FROM big_orders GROUP BY customer_id
        )
        SELECT b.customer_id, b.n, o.amount
        FROM by_customer AS b JOIN base_orders AS o USING (customer_id)""", new Strategy.FullRefresh(),
        target(null, "marts", "report"));
    Map<String, List<String>> upstream = new LinkedHashMap<>();
    upstream.put("base_orders", List.of());
    upstream.put("big_orders", List.of("base_orders"));
    upstream.put("report", List.of("big_orders", "base_orders"));
    RunPlan plan = plan(dialect, TargetResolver.of(dialect), null, upstream, base, big, report);
    return new MaterializationRenderer(dialect).render(plan.step("report").orElseThrow(), TargetState.absent());
  }

  private static List<Statement> branch(SqlDialect dialect) {
    Model stg = model("stg_orders", "SELECT * FROM raw.orders", new Strategy.FullRefresh(),
        target("analytics", "staging", "stg_orders"));
    Model fct = model("fct_orders", "SELECT customer_id, COUNT(*) AS n FROM stg_orders GROUP BY customer_id",
        new Strategy.FullRefresh(), target("analytics", "marts", "fct_orders"));
    Map<String, List<String>> upstream = new LinkedHashMap<>();
    upstream.put("stg_orders", List.of());
    upstream.put("fct_orders", List.of("stg_orders"));
    RunPlan plan = plan(dialect, TargetResolver.of(dialect).onBranch("fix_revenue"), null, upstream, stg, fct);
    MaterializationRenderer renderer = new MaterializationRenderer(dialect);
    List<Statement> out = new ArrayList<>();
    out.add(renderer.createSchema(plan.step("fct_orders").orElseThrow().target()));
    out.addAll(renderer.render(plan.step("fct_orders").orElseThrow(), TargetState.absent()));
    return out;
  }

  /** A mart reading a staging model by bare name: the name is bound to the staging table. */
  private static List<Statement> upstreamInOtherSchema(SqlDialect dialect) {
    Model stg = model("stg_orders", "SELECT * FROM raw.orders", new Strategy.View(),
        target(null, "staging", "stg_orders"));
    Model fct = model("fct_orders", "SELECT customer_id, COUNT(*) AS n FROM stg_orders GROUP BY customer_id",
        new Strategy.FullRefresh(), target(null, "marts", "fct_orders"));
    Map<String, List<String>> upstream = new LinkedHashMap<>();
    upstream.put("stg_orders", List.of());
    upstream.put("fct_orders", List.of("stg_orders"));
    RunPlan plan = plan(dialect, TargetResolver.of(dialect), null, upstream, stg, fct);
    return new MaterializationRenderer(dialect).render(plan.step("fct_orders").orElseThrow(), TargetState.absent());
  }

  private static RunPlan plan(SqlDialect dialect, TargetResolver targets, ModelSchema schema,
      Map<String, List<String>> upstream, Model... models) {
    List<String> order = List.copyOf(upstream.keySet());
    Map<String, ModelSchema> schemas = schema == null ? Map.of() : Map.of(models[models.length - 1].name(), schema);
    return new RunPlanner(dialect, graph(upstream, order), List.of(models), schemas, targets).plan(Selection.all());
  }
}
