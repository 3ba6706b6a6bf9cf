package dev.rocky.adapter.snowflake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.testkit.emulator.snowflake.SnowflakeEmulator;
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
 * A run recorded through the real JDBC driver on the emulated account identifies its inputs by the
 * time each model's statements start and hashes its output with {@code HASH_AGG}; {@code rocky
 * replay} rebuilds each model in {@code replay__<run>} reading its inputs {@code AT(TIMESTAMP => ...)}
 * that time, and drops the schema. The queries DuckDB cannot run (a fixed statement time,
 * {@code HASH_AGG}, Time Travel inside a query) are scripted; the rest run on the emulator.
 */
class SnowflakeTimeTravelReplayTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-05T12:00:00Z"), ZoneOffset.UTC);
  private static final String RUN = "run-20260105-120000-000";
  private static final String REPLAY = "\"replay__run_20260105_120000_000\"";
  private static final Instant READ_AT = Instant.parse("2026-01-05T12:00:01.250Z");
  private static final String AT = "AT(TIMESTAMP => TO_TIMESTAMP_LTZ('2026-01-05T12:00:01.250000000Z'))";
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "replay");
  private static final List<ScriptedQueries.Column> HASH = List.of(new ScriptedQueries.Column("rows", "fixed"),
      new ScriptedQueries.Column("content", "text"), new ScriptedQueries.Column("__c0", "text"),
      new ScriptedQueries.Column("__c1", "text"));

  private SnowflakeEmulator emulator;
  private SnowflakeAdapter adapter;
  private ScriptedQueries script;
  private final MemoryStateStore state = new MemoryStateStore(CLOCK);
  private final MemoryArtifactStore artifacts = new MemoryArtifactStore();

  @BeforeEach
  void start() {
    emulator = SnowflakeEmulator.start();
    adapter = SnowflakeAdapter.open(SnowflakeEmulatedContractTest.config(emulator));
    script = new ScriptedQueries(emulator.wireMock());
    adapter.execute("CREATE SCHEMA IF NOT EXISTS raw");
    adapter.execute("CREATE TABLE raw.orders AS SELECT * FROM (VALUES (1, 10), (2, 20), (3, 30)) AS t(id, amount)");
  }

  @AfterEach
  void stop() {
    adapter.close();
    emulator.close();
  }

  @Test
  void equalHashesAreBitExactAndTheReplayReadsAtTheRecordedTime() {
    record("-5512", READ_AT);
    scriptReplay("-5512");

    int before = script.submitted().size();
    Map<String, ModelReplay> replayed = replay();

    assertThat(replayed.get("stg").verdict()).as("%s", replayed.get("stg").reason()).isEqualTo("bit_exact");
    assertThat(replayed.get("fct").verdict()).as("%s", replayed.get("fct").reason()).isEqualTo("bit_exact");
    GoldenFiles.assertMatches(GOLDEN.resolve("snowflake-replay.sql"), rendered(before));
    assertThat(adapter.listSchemas()).noneMatch(s -> s.equalsIgnoreCase("replay__run_20260105_120000_000"));
  }

  @Test
  void theRunRecordCarriesTheStatementTimeInItsInputHash() {
    int start = script.submitted().size();
    record("-5512", READ_AT);
    GoldenFiles.assertMatches(GOLDEN.resolve("snowflake-record.sql"), rendered(start));
    ModelExecution stg = state.recentRuns(1).getFirst().modelsExecuted().getFirst();
    assertThat(stg.inputProofClass()).isEqualTo("strong");
    assertThat(stg.outputHash()).isEqualTo("-5512");

    MemoryStateStore other = new MemoryStateStore(CLOCK);
    record(other, "-5512", READ_AT.plusSeconds(60));
    ModelExecution again = other.recentRuns(1).getFirst().modelsExecuted().getFirst();
    assertThat(again.recipeHash()).isEqualTo(stg.recipeHash());
    assertThat(again.inputHash()).as("another read time is another input").isNotEqualTo(stg.inputHash());
  }

  @Test
  void aDifferentHashIsDiverged() {
    record("-5512", READ_AT);
    scriptReplay("7");

    ModelReplay stg = replay().get("stg");

    assertThat(stg.verdict()).isEqualTo("diverged");
    assertThat(stg.differingColumns()).containsExactly("AMOUNT");
    assertThat(stg.replayedOutputHash()).isEqualTo("7");
  }

  @Test
  void aTimeBeyondTheRetentionIsNonReplayableWithWhy() {
    record("-5512", READ_AT);
    scriptReplay("-5512");
    script.fail(stgRebuild(), "000707", "02000", "Time travel data is not available for table ORDERS. The requested "
        + "time is either beyond the allowed time travel period or before the object creation time.");

    ModelReplay stg = replay().get("stg");

    assertThat(stg.verdict()).isEqualTo("non_replayable");
    assertThat(stg.reason()).contains("no longer in the warehouse's history").contains("Time travel data is not available");
    assertThat(adapter.listSchemas()).noneMatch(s -> s.equalsIgnoreCase("replay__run_20260105_120000_000"));
  }

  private void record(String stgHash, Instant readAt) {
    record(state, stgHash, readAt);
  }

  /** Runs stg (from raw.orders) and fct (from stg), recording both; every model reads at {@code readAt}. */
  private void record(MemoryStateStore into, String stgHash, Instant readAt) {
    script.answer("SELECT CURRENT_TIMESTAMP() AS \"now\"", List.of(new ScriptedQueries.Column("now", "timestamp_ltz")),
        List.of(List.of(ScriptedQueries.epoch(readAt))));
    script.answer(hashOf("\"marts\".\"stg\"", "AMOUNT"), HASH, List.of(List.of("3", stgHash, "41", "42")));
    script.answer(hashOf("\"marts\".\"fct\"", "DOUBLED"), HASH, List.of(List.of("3", "111", "43", "44")));
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

  private static String stgRebuild() {
    return "CREATE OR REPLACE TABLE " + REPLAY + ".\"stg\" AS\nSELECT id, amount FROM raw.orders " + AT;
  }

  /**
   * The replay's queries DuckDB cannot run: the rebuilds reading at the recorded time (their effect,
   * the tables they build, made here beforehand), and the hashes of what they built.
   */
  private void scriptReplay(String stgHash) {
    adapter.execute("CREATE SCHEMA IF NOT EXISTS " + REPLAY);
    adapter.execute("CREATE TABLE " + REPLAY + ".\"stg\" AS SELECT id, amount FROM raw.orders");
    adapter.execute("CREATE TABLE " + REPLAY + ".\"fct\" AS SELECT id, amount * 2 AS doubled FROM raw.orders");
    script.succeed(stgRebuild());
    script.succeed("CREATE OR REPLACE TABLE " + REPLAY + ".\"fct\" AS\nWITH \"STG\" AS (\nSELECT * FROM \"marts\".\"stg\" "
        + AT + "\n)\nSELECT id, amount * 2 AS doubled FROM stg");
    script.answer(hashOf(REPLAY + ".\"stg\"", "AMOUNT"), HASH,
        List.of(List.of("3", stgHash, "41", stgHash.equals("-5512") ? "42" : "99")));
    script.answer(hashOf(REPLAY + ".\"fct\"", "DOUBLED"), HASH, List.of(List.of("3", "111", "43", "44")));
  }

  private Map<String, ModelReplay> replay() {
    ReplayReport report = new ReplayService(state, artifacts, () -> {
      throw new AssertionError("a Snowflake run is replayed on Snowflake, never on a scratch DuckDB");
    }, adapter).replay(ReplayService.LATEST, null, ReplayMode.VERIFY);
    assertThat(report.runId()).isEqualTo(RUN);
    Map<String, ModelReplay> out = new HashMap<>();
    report.models().forEach(m -> out.put(m.model(), m));
    return out;
  }

  /** The queries submitted since the {@code from}-th, but for the adapter's own metadata lookups. */
  private String rendered(int from) {
    List<String> all = script.submitted();
    return String.join(";\n", all.subList(from, all.size()).stream()
        .filter(s -> !s.contains("INFORMATION_SCHEMA") && !s.contains("information_schema")).toList()) + ";\n";
  }

  private static String hashOf(String table, String second) {
    return "SELECT COUNT(*) AS \"rows\", TO_VARCHAR(HASH_AGG(*)) AS \"content\", TO_VARCHAR(HASH_AGG(\"ID\")) AS \"__c0\", "
        + "TO_VARCHAR(HASH_AGG(\"" + second + "\")) AS \"__c1\" FROM " + table;
  }

  private static RunPlan plan() {
    List<Model> models = List.of(model("stg", "SELECT id, amount FROM raw.orders"),
        model("fct", "SELECT id, amount * 2 AS doubled FROM stg", "stg"));
    return new RunPlanner(SqlDialect.SNOWFLAKE, graph(), models, Map.of(), TargetResolver.of(SqlDialect.SNOWFLAKE))
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
