package dev.rocky.adapter.databricks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.testkit.emulator.databricks.DatabricksEmulator;
import dev.rocky.app.execute.ExecuteService;
import dev.rocky.app.replay.ModelReplay;
import dev.rocky.app.replay.Nondeterminism;
import dev.rocky.app.replay.ProvenanceRecorder;
import dev.rocky.app.replay.Recipe;
import dev.rocky.app.replay.ReplayMode;
import dev.rocky.app.replay.ReplayReport;
import dev.rocky.app.replay.ReplayService;
import dev.rocky.app.run.RunCoordinator;
import dev.rocky.app.run.RunOptions;
import dev.rocky.app.run.RunOutput;
import dev.rocky.core.memory.MemoryArtifactStore;
import dev.rocky.core.memory.MemoryStateStore;
import dev.rocky.core.project.Model;
import dev.rocky.core.project.ModelConfig;
import dev.rocky.core.project.Strategy;
import dev.rocky.core.project.TargetRef;
import dev.rocky.core.run.ModelExecution;
import dev.rocky.core.run.RunStatus;
import dev.rocky.planner.ModelGraph;
import dev.rocky.planner.ModelStep;
import dev.rocky.planner.RunPlan;
import dev.rocky.planner.RunPlanner;
import dev.rocky.planner.Selection;
import dev.rocky.planner.sql.SqlDialect;
import dev.rocky.planner.sql.TableName;
import dev.rocky.planner.target.TargetResolver;
import dev.rocky.testkit.GoldenFiles;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A run recorded on the emulated workspace identifies each input by its Delta version and hashes its
 * output in the warehouse; {@code rocky replay} rebuilds each model in {@code replay__<run>} reading
 * its inputs {@code VERSION AS OF} the recorded versions, and drops the schema. The statements DuckDB
 * cannot run (history, xxhash64, time travel inside a query) are scripted; the rest run on the emulator.
 */
class DatabricksTimeTravelReplayTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-05T12:00:00Z"), ZoneOffset.UTC);
  private static final String RUN = "run-20260105-120000-000";
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "replay");
  private static final List<ScriptedStatements.Column> HISTORY = List.of(new ScriptedStatements.Column("version", "LONG"),
      new ScriptedStatements.Column("operation", "STRING"));
  private static final List<ScriptedStatements.Column> HASH = List.of(new ScriptedStatements.Column("rows", "LONG"),
      new ScriptedStatements.Column("content", "STRING"), new ScriptedStatements.Column("__c0", "STRING"),
      new ScriptedStatements.Column("__c1", "STRING"));

  private DatabricksEmulator emulator;
  private DatabricksAdapter adapter;
  private ScriptedStatements script;
  private final MemoryStateStore state = new MemoryStateStore(CLOCK);
  private final MemoryArtifactStore artifacts = new MemoryArtifactStore();

  @BeforeEach
  void start() {
    emulator = DatabricksEmulator.start();
    adapter = DatabricksAdapter.open(DatabricksEmulatedContractTest.config(emulator));
    script = new ScriptedStatements(emulator.wireMock());
    adapter.execute("CREATE SCHEMA IF NOT EXISTS `raw`");
    adapter.execute("CREATE SCHEMA IF NOT EXISTS `marts`");
    adapter.execute("CREATE TABLE `raw`.`orders` AS SELECT * FROM (VALUES (1, 10), (2, 20), (3, 30)) AS t(id, amount)");
  }

  @AfterEach
  void stop() {
    adapter.close();
    emulator.close();
  }

  @Test
  void equalHashesAreBitExactAndTheReplayReadsTheRecordedVersions() {
    record(12, "900");
    script.answer("DESCRIBE HISTORY `marts`.`stg` LIMIT 1", HISTORY, List.of(List.of("3", "CREATE OR REPLACE TABLE AS SELECT")));
    scriptReplay("900", "111");

    int before = script.submitted().size();
    Map<String, ModelReplay> replayed = replay();

    assertThat(replayed.get("stg").verdict()).as("%s", replayed.get("stg").reason()).isEqualTo("bit_exact");
    assertThat(replayed.get("fct").verdict()).as("%s", replayed.get("fct").reason()).isEqualTo("bit_exact");
    assertThat(replayed.get("stg").recordedRows()).isEqualTo(3L);
    GoldenFiles.assertMatches(GOLDEN.resolve("databricks-replay.sql"), rendered(before));
    assertThat(adapter.listSchemas()).doesNotContain("replay__run_20260105_120000_000");
  }

  @Test
  void theRunRecordCarriesTheDeltaVersionsInItsInputHash() {
    int start = script.submitted().size();
    record(12, "900");
    GoldenFiles.assertMatches(GOLDEN.resolve("databricks-record.sql"), rendered(start));
    ModelExecution stg = state.recentRuns(1).getFirst().modelsExecuted().getFirst();
    assertThat(stg.inputProofClass()).isEqualTo("strong");
    assertThat(stg.outputHash()).isEqualTo("900");
    String before = stg.inputHash();

    MemoryStateStore other = new MemoryStateStore(CLOCK);
    record(other, 13, "900");
    ModelExecution again = other.recentRuns(1).getFirst().modelsExecuted().getFirst();
    assertThat(again.recipeHash()).isEqualTo(stg.recipeHash());
    assertThat(again.inputHash()).as("another version of raw.orders is another input").isNotEqualTo(before);
  }

  @Test
  void withoutTheWarehouseADatabricksRunIsNonReplayableAndNeverRebuiltOnDuckDb() {
    record(12, "900");

    ReplayReport report = new ReplayService(state, artifacts, () -> {
      throw new AssertionError("a Databricks run is never rebuilt on a scratch DuckDB");
    }).replay(ReplayService.LATEST, null, ReplayMode.VERIFY);

    assertThat(report.models()).hasSize(2).allSatisfy(m -> {
      assertThat(m.verdict()).isEqualTo("non_replayable");
      assertThat(m.reason()).contains("recorded on databricks").contains("no databricks warehouse is configured");
    });
  }

  @Test
  void aDifferentHashIsDivergedInTheColumnsThatDiffer() {
    record(12, "900");
    script.answer("DESCRIBE HISTORY `marts`.`stg` LIMIT 1", HISTORY, List.of(List.of("3", "WRITE")));
    scriptReplay("901", "111");

    ModelReplay stg = replay().get("stg");

    assertThat(stg.verdict()).isEqualTo("diverged");
    assertThat(stg.differingColumns()).containsExactly("amount");
    assertThat(stg.replayedOutputHash()).isEqualTo("901");
  }

  @Test
  void aVersionGoneFromTheHistoryIsNonReplayableWithWhy() {
    record(12, "900");
    script.answer("DESCRIBE HISTORY `marts`.`stg` LIMIT 1", HISTORY, List.of(List.of("3", "WRITE")));
    scriptReplay("900", "111");
    script.fail("CREATE OR REPLACE TABLE `replay__run_20260105_120000_000`.`stg` AS\nSELECT id, amount FROM raw.orders"
        + " VERSION AS OF 12", "BAD_REQUEST", "[DELTA_TIMESTAMP_EARLIER_THAN_COMMIT_RETENTION] The provided timestamp or "
        + "version is before the earliest version available to this table. SQLSTATE: 42816", "42816");

    ModelReplay stg = replay().get("stg");

    assertThat(stg.verdict()).isEqualTo("non_replayable");
    assertThat(stg.reason()).contains("no longer in the warehouse's history").contains("DELTA_TIMESTAMP_EARLIER_THAN");
    assertThat(adapter.listSchemas()).doesNotContain("replay__run_20260105_120000_000");
  }

  @Test
  void anIncrementalModelReplaysFromAShallowCloneOfItsTargetAtItsVersionAndItsWatermark() {
    adapter.execute("CREATE TABLE `raw`.`events` AS SELECT * FROM (VALUES (1, TIMESTAMP '2026-01-01 00:00:00'), "
        + "(2, TIMESTAMP '2026-01-02 00:00:00')) AS t(id, ts)");
    Model inc = new Model("inc", "models/inc.sql", "SELECT id, ts FROM raw.events", null, new ModelConfig(List.of(), null,
        null, new Strategy.Incremental("ts"), new TargetRef(null, "marts", "inc"), null, Map.of(), Map.of(), Map.of(),
        List.of(), List.of(), Map.of()));
    script.answer("DESCRIBE HISTORY `raw`.`events` LIMIT 1", HISTORY, List.of(List.of("4", "WRITE")));
    script.answer(hashOf("`marts`.`inc`", "id", "ts"), HASH, List.of(List.of("2", "500", "1", "2")));
    recordIncremental(inc, CLOCK);
    adapter.execute("INSERT INTO `raw`.`events` VALUES (3, TIMESTAMP '2026-01-03 00:00:00')");
    script.answer("DESCRIBE HISTORY `raw`.`events` LIMIT 1", HISTORY, List.of(List.of("5", "WRITE")));
    script.answer("DESCRIBE HISTORY `marts`.`inc` LIMIT 1", HISTORY, List.of(List.of("1", "CREATE TABLE AS SELECT")));
    script.answer(hashOf("`marts`.`inc`", "id", "ts"), HASH, List.of(List.of("3", "700", "3", "4")));
    recordIncremental(inc, Clock.offset(CLOCK, java.time.Duration.ofHours(1)));

    String replaySchema = "`replay__run_20260105_130000_000`";
    adapter.execute("CREATE SCHEMA IF NOT EXISTS " + replaySchema);
    adapter.execute("CREATE TABLE " + replaySchema + ".`inc` AS SELECT * FROM `raw`.`events` WHERE id < 3");
    script.succeed("CREATE OR REPLACE TABLE " + replaySchema + ".`inc` SHALLOW CLONE `marts`.`inc` VERSION AS OF 1");
    script.succeed(INCREMENTAL_INSERT);
    script.answer(hashOf(replaySchema + ".`inc`", "id", "ts"), HASH, List.of(List.of("3", "700", "3", "4")));
    int before = script.submitted().size();

    ModelReplay replayed = replay("run-20260105-130000-000").get("inc");

    GoldenFiles.assertMatches(GOLDEN.resolve("databricks-replay-incremental.sql"), rendered(before));
    assertThat(replayed.verdict()).as("%s", replayed.reason()).isEqualTo("bit_exact");
  }

  /** The append the replay issues: past the recorded watermark, from the events at their recorded version. */
  private static final String INCREMENTAL_INSERT = """
      INSERT INTO `replay__run_20260105_130000_000`.`inc`
      SELECT * FROM (
      SELECT id, ts FROM raw.events VERSION AS OF 5
      ) AS _rocky_src
      WHERE `ts` > TIMESTAMP '2026-01-02 00:00:00'""";

  private void recordIncremental(Model inc, Clock clock) {
    ModelGraph graph = new ModelGraph(List.of(List.of("inc")), Map.of("inc", List.of()));
    RunPlan plan = new RunPlanner(SqlDialect.DATABRICKS, graph, List.of(inc), Map.of(),
        TargetResolver.of(SqlDialect.DATABRICKS)).plan(Selection.all());
    ModelStep step = plan.steps().getFirst();
    Map<String, Recipe> recipes = Map.of("inc", new Recipe("inc", "models/inc.sql", step,
        List.of(new Recipe.Input(new TableName(null, "raw", "events"), null)), List.of(), Nondeterminism.of(step.sql())));
    try (ProvenanceRecorder recorder = new ProvenanceRecorder(adapter, state, artifacts, recipes)) {
      RunOutput out = new RunCoordinator(new ExecuteService(adapter, state, clock), state, clock, recorder)
          .run(plan, graph, RunOptions.builder("0123456789abcdef").build());
      assertThat(out.status()).as("run errors: %s", out.errors()).isEqualTo(RunStatus.SUCCESS);
    }
  }

  /** Runs stg (from raw.orders at {@code ordersVersion}) and fct (from stg), recording both. */
  private void record(long ordersVersion, String stgHash) {
    record(state, ordersVersion, stgHash);
  }

  private void record(MemoryStateStore into, long ordersVersion, String stgHash) {
    script.answer("DESCRIBE HISTORY `raw`.`orders` LIMIT 1", HISTORY, List.of(List.of(String.valueOf(ordersVersion), "WRITE")));
    script.answer("DESCRIBE HISTORY `marts`.`stg` LIMIT 1", HISTORY, List.of(List.of("3", "CREATE OR REPLACE TABLE AS SELECT")));
    script.answer(hashOf("`marts`.`stg`", "id", "amount"), HASH, List.of(List.of("3", stgHash, "41", "42")));
    script.answer(hashOf("`marts`.`fct`", "id", "doubled"), HASH, List.of(List.of("3", "111", "43", "44")));
    RunPlan plan = plan();
    Map<String, Recipe> recipes = new LinkedHashMap<>();
    for (ModelStep s : plan.steps()) {
      List<Recipe.Input> inputs = s.model().equals("stg")
          ? List.of(new Recipe.Input(new TableName(null, "raw", "orders"), null))
          : List.of(new Recipe.Input(new TableName(null, "marts", "stg"), "stg"));
      recipes.put(s.model(), new Recipe(s.model(), "models/" + s.model() + ".sql", s, inputs, List.of(),
          Nondeterminism.of(s.sql())));
    }
    try (ProvenanceRecorder recorder = new ProvenanceRecorder(adapter, into, artifacts, recipes)) {
      RunOutput out = new RunCoordinator(new ExecuteService(adapter, into, CLOCK), into, CLOCK, recorder)
          .run(plan, graph(), RunOptions.builder("0123456789abcdef").build());
      assertThat(out.status()).as("run errors: %s", out.errors()).isEqualTo(RunStatus.SUCCESS);
    }
  }

  /**
   * The replay's statements DuckDB cannot run: the rebuilds reading by version (their effect, the
   * tables they build, made here beforehand), and the hashes of what they built.
   */
  private void scriptReplay(String stgHash, String fctHash) {
    adapter.execute("CREATE SCHEMA IF NOT EXISTS `replay__run_20260105_120000_000`");
    adapter.execute("CREATE TABLE `replay__run_20260105_120000_000`.`stg` AS SELECT id, amount FROM `raw`.`orders`");
    adapter.execute("CREATE TABLE `replay__run_20260105_120000_000`.`fct` AS SELECT id, amount * 2 AS doubled FROM `raw`.`orders`");
    script.succeed("CREATE OR REPLACE TABLE `replay__run_20260105_120000_000`.`stg` AS\nSELECT id, amount FROM raw.orders"
        + " VERSION AS OF 12");
    script.succeed("CREATE OR REPLACE TABLE `replay__run_20260105_120000_000`.`fct` AS\nWITH `stg` AS (\nSELECT * FROM"
        + " `marts`.`stg` VERSION AS OF 3\n)\nSELECT id, amount * 2 AS doubled FROM stg");
    script.answer(hashOf("`replay__run_20260105_120000_000`.`stg`", "id", "amount"), HASH,
        List.of(List.of("3", stgHash, "41", stgHash.equals("900") ? "42" : "99")));
    script.answer(hashOf("`replay__run_20260105_120000_000`.`fct`", "id", "doubled"), HASH,
        List.of(List.of("3", fctHash, "43", "44")));
  }

  private Map<String, ModelReplay> replay() {
    return replay(RUN);
  }

  private Map<String, ModelReplay> replay(String run) {
    ReplayReport report = new ReplayService(state, artifacts, () -> {
      throw new AssertionError("a Databricks run is replayed on Databricks, never on a scratch DuckDB");
    }, adapter).replay(ReplayService.LATEST, null, ReplayMode.VERIFY);
    assertThat(report.runId()).isEqualTo(run);
    Map<String, ModelReplay> out = new HashMap<>();
    report.models().forEach(m -> out.put(m.model(), m));
    return out;
  }

  /** The statements submitted since the {@code from}-th, but for the adapter's own metadata lookups. */
  private String rendered(int from) {
    List<String> all = script.submitted();
    return String.join(";\n", all.subList(from, all.size()).stream()
        .filter(s -> !s.contains("system.information_schema")).toList()) + ";\n";
  }

  private static String hashOf(String table, String first, String second) {
    return "SELECT COUNT(*) AS `rows`, " + sum("`" + first + "`, `" + second + "`") + " AS `content`, "
        + sum("`" + first + "`") + " AS `__c0`, " + sum("`" + second + "`") + " AS `__c1` FROM " + table;
  }

  private static String sum(String columns) {
    return "CAST(COALESCE(SUM(CAST(xxhash64(" + columns + ") AS DECIMAL(38,0))), 0) AS STRING)";
  }

  private static RunPlan plan() {
    List<Model> models = List.of(model("stg", "SELECT id, amount FROM raw.orders"),
        model("fct", "SELECT id, amount * 2 AS doubled FROM stg", "stg"));
    return new RunPlanner(SqlDialect.DATABRICKS, graph(), models, Map.of(), TargetResolver.of(SqlDialect.DATABRICKS))
        .plan(Selection.all());
  }

  private static ModelGraph graph() {
    return new ModelGraph(List.of(List.of("stg"), List.of("fct")), Map.of("stg", List.of(), "fct", List.of("stg")));
  }

  private static Model model(String name, String sql, String... upstream) {
    ModelConfig config = new ModelConfig(List.of(upstream), null, null, new Strategy.FullRefresh(),
        new TargetRef(null, "marts", name), null, Map.of(), Map.of(), Map.of(), List.of(), List.of(), Map.of());
    return new Model(name, "models/" + name + ".sql", sql, null, config);
  }
}
