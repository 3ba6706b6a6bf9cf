package dev.rocky.planner;

import static dev.rocky.planner.Fixtures.model;
import static dev.rocky.planner.Fixtures.target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rocky.core.project.Model;
import dev.rocky.core.project.Strategy;
import dev.rocky.core.types.ModelSchema;
import dev.rocky.planner.sql.SqlDialect;
import dev.rocky.planner.sql.TableName;
import dev.rocky.planner.target.TargetResolver;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunPlannerTest {
  private static final Strategy FULL = new Strategy.FullRefresh();
  private static final Strategy EPH = new Strategy.Ephemeral();

  /** raw_a, raw_b -> eph (ephemeral) -> mid -> top; side reads raw_b only. */
  private static final Map<String, List<String>> UPSTREAM = new LinkedHashMap<>();

  static {
    UPSTREAM.put("raw_a", List.of());
    UPSTREAM.put("raw_b", List.of());
    UPSTREAM.put("eph", List.of("raw_a", "raw_b"));
    UPSTREAM.put("side", List.of("raw_b"));
    UPSTREAM.put("mid", List.of("eph"));
    UPSTREAM.put("top", List.of("mid", "side"));
  }

  private static List<Model> models(Strategy ephStrategy) {
    return List.of(
        model("raw_a", "SELECT 1 AS a", FULL, target(null, "staging", "raw_a")),
        model("raw_b", "SELECT 2 AS b", FULL, target(null, "staging", "raw_b")),
        model("eph", "SELECT * FROM raw_a, raw_b", ephStrategy),
        model("side", "SELECT b FROM raw_b", new Strategy.View()),
        model("mid", "SELECT a, b FROM eph;", FULL, target(null, "marts", "mid")),
        model("top", "SELECT mid.a FROM mid JOIN side ON true", FULL, target(null, "marts", "top")));
  }

  private static RunPlanner planner(SqlDialect dialect, TargetResolver targets, List<Model> models) {
    return new RunPlanner(dialect, Fixtures.graph(UPSTREAM, List.copyOf(UPSTREAM.keySet())), models, Map.of(),
        targets);
  }

  private static RunPlan plan(Selection selection) {
    return planner(SqlDialect.DUCKDB, TargetResolver.of(SqlDialect.DUCKDB), models(EPH)).plan(selection);
  }

  private static List<List<String>> names(RunPlan plan) {
    return plan.layers().stream().map(l -> l.stream().map(ModelStep::model).toList()).toList();
  }

  @Test
  void plansEveryNonEphemeralModelInLayerOrder() {
    RunPlan plan = plan(Selection.all());
    assertThat(names(plan)).containsExactly(List.of("raw_a", "raw_b"), List.of("side"), List.of("mid"), List.of("top"));
    assertThat(plan.step("eph")).isEmpty();
    assertThat(plan.steps()).hasSize(5);
  }

  @Test
  void aSelectionKeepsLayerOrderAndDropsEmptyLayers() {
    RunPlan plan = plan(Selection.of("top", "raw_a"));
    assertThat(names(plan)).containsExactly(List.of("raw_a"), List.of("top"));
    assertThat(names(plan(Selection.of("+mid")))).containsExactly(List.of("raw_a", "raw_b"), List.of("mid"));
    assertThat(names(plan(Selection.of("raw_b+")))).containsExactly(List.of("raw_b"), List.of("side"),
        List.of("mid"), List.of("top"));
  }

  @Test
  void selectingOnlyAnEphemeralModelPlansNothing() {
    assertThat(plan(Selection.of("eph")).steps()).isEmpty();
  }

  @Test
  void aStepCarriesItsTargetSchemaAndInlinedSql() {
    ModelStep mid = plan(Selection.all()).step("mid").orElseThrow();
    assertThat(mid.strategy()).isEqualTo(FULL);
    assertThat(mid.target()).isEqualTo(new TableName(null, "marts", "mid"));
    assertThat(mid.schema()).isEqualTo(ModelSchema.unknown("mid"));
    assertThat(mid.inlined()).containsExactly("eph");
    assertThat(mid.sql()).endsWith("\"eph\" AS (\nSELECT * FROM raw_a, raw_b\n)\nSELECT a, b FROM eph");
  }

  @Test
  void everyUpstreamModelIsBoundToItsPhysicalTable() {
    // A bare name resolves in the session's default schema, but mid lives in marts (side in main).
    assertThat(plan(Selection.all()).step("top").orElseThrow().sql()).isEqualTo("""
        WITH "mid" AS (
        SELECT * FROM "marts"."mid"
        ),
        "side" AS (
        SELECT * FROM "main"."side"
        )
        SELECT mid.a FROM mid JOIN side ON true""");
    // Through an ephemeral model too: what it reads is bound before it.
    assertThat(plan(Selection.all()).step("mid").orElseThrow().sql())
        .startsWith("WITH \"raw_a\" AS (\nSELECT * FROM \"staging\".\"raw_a\"\n),\n\"raw_b\" AS (")
        .contains("\"eph\" AS (\nSELECT * FROM raw_a, raw_b\n)");
  }

  @Test
  void listsEachTargetSchemaOnce() {
    assertThat(plan(Selection.all()).targetSchemas()).extracting(TableName::schema)
        .containsExactly("staging", "main", "marts");
  }

  @Test
  void refusesWhatTheDialectCannotMaterializeAtPlanningTime() {
    List<Model> withMv = List.of(model("raw_a", "SELECT 1", new Strategy.MaterializedView()));
    Map<String, List<String>> up = Map.of("raw_a", List.of());
    RunPlanner duck = new RunPlanner(SqlDialect.DUCKDB, Fixtures.graph(up, List.of("raw_a")), withMv, Map.of(),
        TargetResolver.of(SqlDialect.DUCKDB));
    assertThatThrownBy(() -> duck.plan(Selection.all()))
        .hasMessageContaining("model 'raw_a': strategy materialized_view is not supported on duckdb");
    RunPlanner snow = new RunPlanner(SqlDialect.SNOWFLAKE, Fixtures.graph(up, List.of("raw_a")),
        List.of(model("raw_a", "SELECT 1 AS id", Fixtures.merge(List.of("id"), null))), Map.of(),
        TargetResolver.of(SqlDialect.SNOWFLAKE));
    assertThatThrownBy(() -> snow.plan(Selection.all())).hasMessageContaining("add update_columns");
  }

  @Test
  void refusesAGraphNamingUnknownModels() {
    assertThatThrownBy(() -> planner(SqlDialect.DUCKDB, TargetResolver.of(SqlDialect.DUCKDB),
        models(EPH).subList(0, 5))).hasMessage("unknown model 'top' in the DAG's layers");
  }

  @Test
  void refusesEphemeralCycles() {
    Map<String, List<String>> up = new LinkedHashMap<>();
    up.put("x", List.of("y"));
    up.put("y", List.of("x"));
    up.put("c", List.of("x"));
    ModelGraph graph = new ModelGraph(List.of(List.of("c")), up);
    List<Model> models = List.of(model("x", "SELECT * FROM y", EPH), model("y", "SELECT * FROM x", EPH),
        model("c", "SELECT * FROM x", FULL));
    RunPlanner p = new RunPlanner(SqlDialect.DUCKDB, graph, models, Map.of(), TargetResolver.of(SqlDialect.DUCKDB));
    assertThatThrownBy(() -> p.plan(Selection.all())).hasMessageContaining("cycle: x -> y -> x");
  }

  @Test
  void aBranchRunReadsUpstreamModelsBuiltInTheSameRunFromTheBranchAndTheOthersFromProduction() {
    TargetResolver branch = TargetResolver.of(SqlDialect.DUCKDB).onBranch("b1");
    RunPlan plan = planner(SqlDialect.DUCKDB, branch, models(EPH)).plan(Selection.of("mid", "top"));
    ModelStep top = plan.step("top").orElseThrow();
    assertThat(top.target()).isEqualTo(new TableName(null, "branch__b1", "top"));
    assertThat(top.sql()).startsWith("WITH \"mid\" AS (\nSELECT * FROM \"branch__b1\".\"mid\"\n),");
    assertThat(top.sql()).contains("\"side\" AS (\nSELECT * FROM \"main\".\"side\"\n)");
    ModelStep mid = plan.step("mid").orElseThrow();
    assertThat(mid.sql()).contains("\"raw_a\" AS (\nSELECT * FROM \"staging\".\"raw_a\"\n)").contains("\"eph\" AS (");
  }

  @Test
  void aBranchRunRefusesTimeIntervalModelsAndTargetCollisions() {
    TargetResolver branch = TargetResolver.of(SqlDialect.DUCKDB).onBranch("b1");
    List<Model> ti = List.of(model("raw_a", "SELECT 1", new Strategy.TimeInterval("ts", Strategy.Granularity.DAY,
        null, null, null)));
    Map<String, List<String>> one = Map.of("raw_a", List.of());
    assertThatThrownBy(() -> new RunPlanner(SqlDialect.DUCKDB, Fixtures.graph(one, List.of("raw_a")), ti, Map.of(),
        branch).plan(Selection.all())).hasMessageContaining("time_interval models cannot run on a branch");

    Map<String, List<String>> two = new LinkedHashMap<>();
    two.put("p", List.of());
    two.put("q", List.of());
    List<Model> clash = List.of(model("p", "SELECT 1", FULL, target(null, "s1", "same")),
        model("q", "SELECT 1", FULL, target(null, "s2", "same")));
    assertThat(new RunPlanner(SqlDialect.DUCKDB, Fixtures.graph(two, List.of("p", "q")), clash, Map.of(),
        TargetResolver.of(SqlDialect.DUCKDB)).plan(Selection.all()).steps()).hasSize(2);
    assertThatThrownBy(() -> new RunPlanner(SqlDialect.DUCKDB, Fixtures.graph(two, List.of("p", "q")), clash,
        Map.of(), branch).plan(Selection.all()))
        .hasMessageContaining("models 'p' and 'q' would both write branch__b1.same");
  }

  @Test
  void refusesBadStrategySettingsAtPlanningTime() {
    Map<String, List<String>> up = Map.of("m", List.of());
    Map<Strategy, String> bad = new LinkedHashMap<>();
    bad.put(new Strategy.DeleteInsert(List.of()), "model 'm': delete_insert needs at least one column in partition_by");
    bad.put(new Strategy.DeleteInsert(List.of("day", "x y")), "invalid partition_by column 'x y'");
    bad.put(new Strategy.Incremental("ts; DROP TABLE t"), "invalid timestamp_column 'ts; DROP TABLE t'");
    bad.put(new Strategy.Microbatch("`ts`", null), "invalid timestamp_column '`ts`'");
    bad.put(new Strategy.TimeInterval("a\"b", Strategy.Granularity.DAY, null, null, null), "invalid time_column 'a\"b'");
    bad.forEach((strategy, message) -> {
      RunPlanner p = new RunPlanner(SqlDialect.DUCKDB, Fixtures.graph(up, List.of("m")),
          List.of(model("m", "SELECT 1", strategy)), Map.of(), TargetResolver.of(SqlDialect.DUCKDB));
      assertThatThrownBy(() -> p.plan(Selection.all())).as(strategy.type()).hasMessageContaining(message);
    });
  }

  @Test
  void onlyTimeIntervalStepsHavePartitions() {
    ModelStep mid = plan(Selection.all()).step("mid").orElseThrow();
    assertThatThrownBy(() -> new MaterializationRenderer(SqlDialect.DUCKDB).renderPartition(mid,
        dev.rocky.planner.partition.PartitionKey.parse(Strategy.Granularity.DAY, "2026-01-01").window()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a time_interval model");
  }
}
