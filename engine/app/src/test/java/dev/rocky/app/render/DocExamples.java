package dev.rocky.app.render;

import static dev.rocky.core.diagnostic.DiagnosticCode.E010;
import static dev.rocky.core.diagnostic.DiagnosticCode.E011;
import static dev.rocky.core.diagnostic.DiagnosticCode.E012;
import static dev.rocky.core.diagnostic.DiagnosticCode.E013;
import static dev.rocky.core.diagnostic.DiagnosticCode.E020;
import static dev.rocky.core.diagnostic.DiagnosticCode.E021;
import static dev.rocky.core.diagnostic.DiagnosticCode.E022;
import static dev.rocky.core.diagnostic.DiagnosticCode.E023;
import static dev.rocky.core.diagnostic.DiagnosticCode.E024;
import static dev.rocky.core.diagnostic.DiagnosticCode.E025;
import static dev.rocky.core.diagnostic.DiagnosticCode.E026;
import static dev.rocky.core.diagnostic.DiagnosticCode.E028;
import static dev.rocky.core.diagnostic.DiagnosticCode.P002;
import static dev.rocky.core.diagnostic.DiagnosticCode.W003;
import static dev.rocky.core.diagnostic.DiagnosticCode.W005;
import static dev.rocky.core.diagnostic.DiagnosticCode.W006;
import static dev.rocky.core.diagnostic.DiagnosticCode.W010;
import static dev.rocky.core.diagnostic.DiagnosticCode.W011;

import dev.rocky.compiler.check.BlastRadiusLint;
import dev.rocky.compiler.check.ContractChecker;
import dev.rocky.compiler.check.FreshnessLint;
import dev.rocky.compiler.check.MergeKeyLint;
import dev.rocky.compiler.check.SourceTexts;
import dev.rocky.compiler.check.TimeIntervalChecker;
import dev.rocky.compiler.check.VarSubstitution;
import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.diagnostic.DiagnosticCode;
import dev.rocky.core.lineage.ColumnRef;
import dev.rocky.core.lineage.LineageEdge;
import dev.rocky.core.lineage.Transform;
import dev.rocky.core.project.Contract;
import dev.rocky.core.project.Model;
import dev.rocky.core.project.ModelConfig;
import dev.rocky.core.project.Strategy;
import dev.rocky.core.project.Strategy.Granularity;
import dev.rocky.core.types.ModelSchema;
import dev.rocky.core.types.RockyType;
import dev.rocky.core.types.TypedColumn;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The worked examples of docs/diagnostics pages, run through the real checks. Each example's files
 * are what the page shows; the rendered diagnostic must appear on the page verbatim.
 */
final class DocExamples {
  private DocExamples() {}

  /** An example: the files it reads (for the renderer) and the diagnostics the checks return. */
  record Example(Map<String, String> files, Supplier<List<Diagnostic>> diagnostics) {}

  private static final String REVENUE_CONTRACT = "models/fct_revenue.contract.toml";
  private static final String EVENTS_TOML = "models/events.toml";
  private static final String EVENTS_SQL = "models/events.sql";
  private static final String WINDOW = "WHERE event_ts >= @start_date AND event_ts < @end_date\n";

  static Map<DiagnosticCode, Example> all() {
    Map<DiagnosticCode, Example> out = new EnumMap<>(DiagnosticCode.class);
    ModelSchema revenue = schema("fct_revenue", col("customer_id", RockyType.INT64, false),
        col("total", new RockyType.Decimal(38, 2), true));
    out.put(E010, contract("[rules]\nrequired = [\"customer_id\", \"revenue\"]\n",
        List.of(), List.of("customer_id", "revenue"), List.of(), revenue));
    out.put(E011, contract("[[columns]]\nname = \"revenue\"\ntype = \"Decimal\"\n",
        List.of(new Contract.Column("revenue", "Decimal", null, null, 1)), List.of(), List.of(),
        schema("fct_revenue", col("customer_id", RockyType.INT64, false), col("revenue", RockyType.FLOAT64, true))));
    out.put(E012, contract("[[columns]]\nname = \"customer_id\"\ntype = \"Int64\"\nnullable = false\n",
        List.of(new Contract.Column("customer_id", "Int64", false, null, 1)), List.of(), List.of(),
        schema("fct_revenue", col("customer_id", RockyType.INT64, true))));
    out.put(E013, contract("[rules]\nprotected = [\"customer_id\"]\n", List.of(), List.of(), List.of("customer_id"),
        schema("fct_revenue", col("customer_key", RockyType.INT64, false))));
    out.put(W010, contract("[[columns]]\nname = \"region\"\ntype = \"String\"\n",
        List.of(new Contract.Column("region", "String", null, null, 1)), List.of(), List.of(), revenue));
    out.put(W011, new Example(Map.of(), () -> new ContractChecker(SourceTexts.none()).check(
        List.of(new Contract("fct_revenu", "models/fct_revenu.contract.toml", "auto", List.of(), List.of(), List.of())),
        Map.of(), Set.of("fct_revenue", "stg_orders"))));

    ModelSchema events = schema("events", col("event_ts", RockyType.TIMESTAMP, false), col("user_id", RockyType.INT64, true));
    String select = "SELECT event_ts, user_id\nFROM raw.events\n";
    out.put(E020, interval("event_time", Granularity.DAY, null, select + WINDOW, events));
    out.put(E021, interval("event_day", Granularity.DAY, null,
        "SELECT SUBSTR(event_ts, 1, 10) AS event_day, user_id\nFROM raw.events\n" + WINDOW,
        schema("events", col("event_day", RockyType.STRING, false), col("user_id", RockyType.INT64, true))));
    out.put(E022, interval("event_ts", Granularity.DAY, null, select + WINDOW,
        schema("events", col("event_ts", RockyType.TIMESTAMP, true))));
    out.put(E023, interval("event-ts", Granularity.DAY, null, "SELECT \"event-ts\", user_id\nFROM raw.events\n"
        + "WHERE \"event-ts\" >= @start_date AND \"event-ts\" < @end_date\n", events));
    out.put(E024, interval("event_ts", Granularity.DAY, null, select, events));
    out.put(W003, interval("event_ts", Granularity.DAY, null, select + "WHERE event_ts >= @start_date\n", events));
    out.put(E025, interval("event_date", Granularity.HOUR, null,
        "SELECT event_date, user_id\nFROM raw.events\nWHERE event_date >= @start_date AND event_date < @end_date\n",
        schema("events", col("event_date", RockyType.DATE, false))));
    out.put(E026, interval("event_ts", Granularity.HOUR, "2024-01-01", select + WINDOW, events));

    String orders = "SELECT order_id, amount\nFROM raw.orders\nWHERE region = @var(region)\n";
    out.put(E028, new Example(Map.of("models/orders.sql", orders),
        () -> new VarSubstitution(Map.of()).apply("orders", "models/orders.sql", orders).diagnostics()));
    String dated = "SELECT order_id, order_date, amount\nFROM raw.orders\n";
    out.put(W005, new Example(Map.of("models/orders.sql", dated), () -> new FreshnessLint().check(
        List.of(model("orders", dated, new Strategy.FullRefresh())),
        Map.of("orders", schema("orders", col("order_id", RockyType.INT64, false), col("order_date", RockyType.DATE, true))),
        false)));
    String lines = "[strategy]\ntype = \"merge\"\nunique_key = [\"order_id\", \"line_no\"]\n";
    out.put(W006, new Example(Map.of("models/order_lines.toml", lines),
        () -> new MergeKeyLint(SourceTexts.of(Map.of("models/order_lines.toml", lines))).check(
            List.of(model("order_lines", "SELECT order_id, line_number, sku FROM raw.order_lines",
                new Strategy.Merge(List.of("order_id", "line_no"), null))),
            Map.of("order_lines", schema("order_lines", col("order_id", RockyType.INT64, false),
                col("line_number", RockyType.INT32, false), col("sku", RockyType.STRING, true))))));
    String star = "SELECT *\nFROM raw.orders\n";
    out.put(P002, new Example(Map.of("models/stg_orders.sql", star), () -> new BlastRadiusLint().check(
        Set.of("stg_orders"),
        List.of(edge("stg_orders", "customer_id", "fct_revenue", "customer_id"),
            edge("stg_orders", "amount", "fct_revenue", "revenue")),
        List.of(model("stg_orders", star, new Strategy.View())))));
    out.put(DiagnosticCode.W004, GovernExamples.w004());
    out.put(DiagnosticCode.P001, GovernExamples.p001());
    return out;
  }

  private static Example contract(String text, List<Contract.Column> columns, List<String> required,
      List<String> kept, ModelSchema schema) {
    Contract c = new Contract("fct_revenue", REVENUE_CONTRACT, "auto", columns, required, kept);
    Map<String, String> files = Map.of(REVENUE_CONTRACT, text);
    return new Example(files, () -> new ContractChecker(SourceTexts.of(files))
        .check(List.of(c), Map.of("fct_revenue", schema), Set.of("fct_revenue")));
  }

  private static Example interval(String column, Granularity grain, String first, String sql, ModelSchema schema) {
    String sidecar = "[strategy]\ntype = \"time_interval\"\ntime_column = \"" + column + "\"\ngranularity = \""
        + grain.name().toLowerCase(java.util.Locale.ROOT) + "\"\n"
        + (first == null ? "" : "first_partition = \"" + first + "\"\n");
    Map<String, String> files = Map.of(EVENTS_TOML, sidecar, EVENTS_SQL, sql);
    Model model = model("events", sql, new Strategy.TimeInterval(column, grain, null, null, first));
    return new Example(files, () -> new TimeIntervalChecker(SourceTexts.of(files))
        .check(List.of(model), Map.of("events", schema)));
  }

  private static Model model(String name, String sql, Strategy strategy) {
    ModelConfig d = ModelConfig.defaults(name);
    ModelConfig config = new ModelConfig(d.dependsOn(), d.adapter(), d.intent(), strategy, d.target(), null,
        d.classification(), d.tags(), d.columnDescriptions(), d.tests(), d.unitTests(), d.budget());
    return new Model(name, "models/" + name + ".sql", sql, "models/" + name + ".toml", config);
  }

  private static ModelSchema schema(String name, TypedColumn... columns) {
    return new ModelSchema(name, List.of(columns), true);
  }

  private static TypedColumn col(String name, RockyType type, boolean nullable) {
    return new TypedColumn(name, type, nullable);
  }

  private static LineageEdge edge(String from, String column, String to, String target) {
    return new LineageEdge(new ColumnRef(from, column), new ColumnRef(to, target), Transform.DIRECT);
  }
}
