package dev.rocky.app.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rocky.adapter.duckdb.DuckDbAdapter;
import dev.rocky.app.fixture.RunHarness;
import dev.rocky.app.fixture.Seeds;
import dev.rocky.app.fixture.TestProject;
import dev.rocky.app.run.RunCoordinator;
import dev.rocky.app.run.RunOutput;
import dev.rocky.core.config.RuntimeSections.Replay;
import dev.rocky.core.port.ArtifactStore;
import dev.rocky.core.port.StateStore;
import dev.rocky.core.port.WarehouseAdapter;
import dev.rocky.core.project.Strategy;
import dev.rocky.core.run.ModelExecution;
import dev.rocky.core.run.RunRecord;
import dev.rocky.planner.ModelStep;
import dev.rocky.planner.RunPlan;
import dev.rocky.planner.sql.TableName;
import dev.rocky.testkit.fake.InMemoryArtifactStore;
import dev.rocky.testkit.fake.InMemoryStateStore;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recording a run on a DuckDB file and replaying it on in-memory DuckDB, with the artifact store a fake. */
class ReplayServiceTest {
  @TempDir Path dir;
  RunHarness h;
  final InMemoryArtifactStore artifacts = new InMemoryArtifactStore();

  @BeforeEach
  void open() {
    h = RunHarness.open(dir);
    Seeds.events(h, 40);
  }

  @AfterEach
  void close() {
    h.close();
  }

  private static final TestProject PROJECT = new TestProject()
      .model("stg", new Strategy.FullRefresh(), "SELECT id, ts, v FROM raw.events")
      .model("inc", new Strategy.Incremental("ts"), "SELECT id, ts, v FROM stg", "stg")
      .model("broken", new Strategy.FullRefresh(), "SELECT id FROM raw.no_such_table");

  private RunOutput run() {
    return run(Replay.Record.FULL);
  }

  private RunOutput run(Replay.Record mode) {
    RunPlan plan = PROJECT.plan();
    Map<String, Recipe> recipes = new LinkedHashMap<>();
    for (ModelStep s : plan.steps()) {
      List<Recipe.Input> inputs = switch (s.model()) {
        case "stg" -> List.of(new Recipe.Input(new TableName(null, "raw", "events"), null));
        case "inc" -> List.of(new Recipe.Input(new TableName(null, "main", "stg"), "stg"));
        default -> List.of(new Recipe.Input(new TableName(null, "raw", "no_such_table"), null));
      };
      recipes.put(s.model(), new Recipe(s.model(), "models/" + s.model() + ".sql", s, inputs, List.of(),
          Nondeterminism.of(s.sql())));
    }
    try (ProvenanceRecorder recorder = new ProvenanceRecorder(h.warehouse(), h.state(), artifacts, recipes, mode)) {
      return new RunCoordinator(h.executeService(), h.state(), h.clock(), recorder)
          .run(plan, PROJECT.graph(), h.options(PROJECT).build());
    }
  }

  private ReplayService replay(InMemoryArtifactStore store) {
    return new ReplayService(h.state(), store, Scratch::new);
  }

  private static Map<String, ModelReplay> byModel(ReplayReport report) {
    Map<String, ModelReplay> out = new HashMap<>();
    report.models().forEach(m -> out.put(m.model(), m));
    return out;
  }

  @Test
  void anIncrementalAppendReplaysBitExactFromItsRecordedTargetAndInputs() {
    run();
    Seeds.addEvents(h, 41, 55);
    run();
    h.sql("DELETE FROM raw.events");

    Map<String, ModelReplay> models = byModel(replay(artifacts).replay(ReplayService.LATEST, null, ReplayMode.VERIFY));

    assertThat(models.get("stg").verdict()).isEqualTo("bit_exact");
    assertThat(models.get("inc").verdict()).isEqualTo("bit_exact");
    assertThat(models.get("inc").replayedRows()).isEqualTo(55);
    assertThat(models.get("broken").verdict()).isEqualTo("non_replayable");
    assertThat(models.get("broken").reason()).contains("did not succeed");
  }

  @Test
  void recordingHashesOnlyKeepsTheOutputHashesButNoInputsAndOffRecordsNothing() {
    run(Replay.Record.HASHES);
    RunRecord hashed = h.state().recentRuns(1).getFirst();
    ModelExecution stg = hashed.modelsExecuted().stream().filter(e -> e.modelName().equals("stg")).findFirst().orElseThrow();
    assertThat(stg.outputHash()).isNotNull();
    assertThat(stg.provenance()).isNotNull();
    Map<String, ModelReplay> models = byModel(replay(artifacts).replay(hashed.runId(), null, ReplayMode.VERIFY));
    assertThat(models.get("stg").verdict()).isEqualTo("non_replayable");
    assertThat(models.get("stg").reason()).contains("input raw.events was not recorded").contains("[replay] record = \"hashes\"");
    assertThat(models.get("inc").verdict()).isEqualTo("non_replayable");
    int stored = artifacts.size();

    run(Replay.Record.OFF);
    RunRecord off = h.state().recentRuns(1).getFirst();
    assertThat(off.modelsExecuted()).allSatisfy(e -> {
      assertThat(e.recipeHash()).isNull();
      assertThat(e.provenance()).isNull();
    });
    assertThat(artifacts.size()).isEqualTo(stored);
    assertThat(byModel(replay(artifacts).replay(off.runId(), null, ReplayMode.CHECK)).get("stg").reason())
        .contains("no replay record");
  }

  @Test
  void executeRebuildsWithoutComparingAndShowReadsTheRecordOnly() {
    run();
    ReplayReport executed = replay(artifacts).replay(ReplayService.LATEST, "stg", ReplayMode.EXECUTE);
    assertThat(executed.models()).singleElement().satisfies(m -> {
      assertThat(m.verdict()).isEqualTo("executed");
      assertThat(m.replayedOutputHash()).isEqualTo(m.outputHash());
    });
    ReplayReport shown = replay(new InMemoryArtifactStore()).replay(ReplayService.LATEST, null, ReplayMode.SHOW);
    assertThat(shown.models()).allSatisfy(m -> assertThat(m.verdict()).isNull());
    assertThat(shown.verdicts()).isEmpty();
  }

  @Test
  void aMissingOrCorruptArtifactMakesTheModelNonReplayable() {
    run();
    RunRecord run = h.state().recentRuns(1).getFirst();
    ModelExecution stg = run.modelsExecuted().stream().filter(e -> e.modelName().equals("stg")).findFirst().orElseThrow();

    ModelReplay missing = replay(new InMemoryArtifactStore()).replay(run.runId(), "stg", ReplayMode.CHECK).models().getFirst();
    assertThat(missing.verdict()).isEqualTo("non_replayable");
    assertThat(missing.reason()).contains("replay record").contains("missing");

    artifacts.corrupt(stg.recipeHash(), "SELECT 'tampered'".getBytes());
    ModelReplay corrupt = replay(artifacts).replay(run.runId(), "stg", ReplayMode.VERIFY).models().getFirst();
    assertThat(corrupt.verdict()).isEqualTo("non_replayable");
    assertThat(corrupt.reason()).startsWith("recipe (artifact " + stg.recipeHash() + ") is corrupt");
  }

  @Test
  void aRunOrModelThatWasNotRecordedIsRefused() {
    assertThatThrownBy(() -> replay(artifacts).replay(ReplayService.LATEST, null, ReplayMode.SHOW))
        .isInstanceOfSatisfying(ReplayException.class, e -> assertThat(e.code()).isEqualTo(ReplayErrorCode.REPLAY_NO_RUNS));
    run();
    assertThatThrownBy(() -> replay(artifacts).replay(ReplayService.LATEST, "nope", ReplayMode.SHOW))
        .isInstanceOfSatisfying(ReplayException.class,
            e -> assertThat(e.code()).isEqualTo(ReplayErrorCode.REPLAY_MODEL_NOT_IN_RUN));
  }

  private static final TestProject CHAIN = new TestProject()
      .model("stg", new Strategy.FullRefresh(), "SELECT id, ts, v FROM raw.events")
      .model("mid", new Strategy.FullRefresh(), "SELECT id, v FROM stg WHERE id % 2 = 0", "stg")
      .model("top", new Strategy.FullRefresh(), "SELECT count(*) AS n, max(v) AS v FROM mid", "mid");

  private RunOutput runChain(String... selectors) {
    RunPlan plan = CHAIN.plan(selectors);
    Map<String, Recipe> recipes = new LinkedHashMap<>();
    for (ModelStep s : plan.steps()) {
      List<Recipe.Input> inputs = switch (s.model()) {
        case "stg" -> List.of(new Recipe.Input(new TableName(null, "raw", "events"), null));
        case "mid" -> List.of(new Recipe.Input(new TableName(null, "main", "stg"), "stg"));
        default -> List.of(new Recipe.Input(new TableName(null, "main", "mid"), "mid"));
      };
      recipes.put(s.model(), new Recipe(s.model(), "models/" + s.model() + ".sql", s, inputs, List.of(),
          Nondeterminism.of(s.sql())));
    }
    try (ProvenanceRecorder recorder = new ProvenanceRecorder(h.warehouse(), h.state(), artifacts, recipes)) {
      return new RunCoordinator(h.executeService(), h.state(), h.clock(), recorder)
          .run(plan, CHAIN.graph(), h.options(CHAIN).build());
    }
  }

  private Provenance recorded(RunRecord run, String model) {
    ModelExecution e = run.modelsExecuted().stream().filter(x -> x.modelName().equals(model)).findFirst().orElseThrow();
    return Provenance.read(artifacts.get(e.provenance()).orElseThrow());
  }

  @Test
  void aChainRecordsTablesBuiltInTheRunByTheirModelAndReplaysBitExactFromTheUpstreamRebuilt() {
    runChain();
    RunRecord run = h.state().recentRuns(1).getFirst();
    Provenance stg = recorded(run, "stg");
    Provenance mid = recorded(run, "mid");
    assertThat(stg.inputs()).singleElement().satisfies(i -> assertThat(i.artifact()).isNotNull());
    assertThat(mid.inputs()).singleElement().satisfies(i -> {
      assertThat(i.artifact()).isNull();
      assertThat(i.model()).isEqualTo("stg");
      assertThat(i.rows()).isEqualTo(40);
      assertThat(i.builtInRun()).isEqualTo(new Provenance.BuiltInRun(stg.recipeHash(), stg.output().content()));
    });
    assertThat(mid.proofClass()).isEqualTo("strong");
    assertThat(recorded(run, "top").inputs()).singleElement()
        .satisfies(i -> assertThat(i.builtInRun()).isEqualTo(new Provenance.BuiltInRun(mid.recipeHash(), mid.output().content())));
    h.sql("DROP TABLE main.top", "DROP TABLE main.mid", "DROP TABLE main.stg", "DELETE FROM raw.events");

    ReplayReport top = replay(artifacts).replay(run.runId(), "top", ReplayMode.VERIFY);
    assertThat(top.models()).singleElement().satisfies(m -> {
      assertThat(m.verdict()).isEqualTo("bit_exact");
      assertThat(m.replayedOutputHash()).isEqualTo(m.outputHash());
    });
    java.util.concurrent.atomic.AtomicInteger opened = new java.util.concurrent.atomic.AtomicInteger();
    ReplayService counted = new ReplayService(h.state(), artifacts, () -> {
      opened.incrementAndGet();
      return new Scratch();
    });
    assertThat(byModel(counted.replay(run.runId(), null, ReplayMode.VERIFY)).values())
        .allSatisfy(m -> assertThat(m.verdict()).isEqualTo("bit_exact"));
    assertThat(opened).as("one scratch warehouse for the whole run").hasValue(1);
    assertThat(replay(artifacts).replay(run.runId(), "top", ReplayMode.CHECK).models().getFirst().verdict())
        .isEqualTo("replayable");
  }

  @Test
  void anUpstreamThatRebuildsToOtherContentMakesItsReaderNonReplayableNamingIt() {
    runChain();
    Seeds.addEvents(h, 41, 60);
    runChain();
    List<RunRecord> runs = h.state().recentRuns(2);
    String before = recorded(runs.get(1), "stg").inputs().getFirst().artifact();
    String raw = recorded(runs.get(0), "stg").inputs().getFirst().artifact();
    byte[] older = artifacts.get(before).orElseThrow();
    // a store that hands back the first run's (intact) snapshot of raw.events for the second run's
    ArtifactStore swapped = new ArtifactStore() {
      @Override
      public String put(byte[] bytes) {
        return artifacts.put(bytes);
      }

      @Override
      public java.util.Optional<byte[]> get(String key) {
        return key.equals(raw) ? java.util.Optional.of(older) : artifacts.get(key);
      }

      @Override
      public boolean contains(String key) {
        return artifacts.contains(key);
      }
    };

    Map<String, ModelReplay> models = byModel(new ReplayService(h.state(), swapped, Scratch::new)
        .replay(runs.get(0).runId(), null, ReplayMode.VERIFY));

    assertThat(models.get("stg").verdict()).isEqualTo("diverged");
    assertThat(models.get("mid").verdict()).isEqualTo("non_replayable");
    assertThat(models.get("mid").reason()).startsWith("input main.stg, rebuilt first from model 'stg', differs from what"
        + " the run recorded (values differ in id, ts, v");
    assertThat(models.get("top").verdict()).isEqualTo("non_replayable");
    assertThat(models.get("top").reason()).contains("model 'stg'");
  }

  @Test
  void aCorruptSnapshotUpstreamMakesEveryReaderDownstreamNonReplayableNamingTheUpstream() {
    runChain();
    RunRecord run = h.state().recentRuns(1).getFirst();
    String raw = recorded(run, "stg").inputs().getFirst().artifact();
    artifacts.corrupt(raw, "not parquet".getBytes());

    Map<String, ModelReplay> models = byModel(replay(artifacts).replay(run.runId(), null, ReplayMode.CHECK));

    assertThat(models.get("stg").reason()).startsWith("input raw.events (artifact " + raw + ") is corrupt");
    assertThat(models.get("mid").verdict()).isEqualTo("non_replayable");
    assertThat(models.get("mid").reason()).isEqualTo("input main.stg was built in the run by model 'stg', which cannot"
        + " be replayed: input raw.events (artifact " + raw + ") is corrupt: its bytes no longer hash to its name");
    assertThat(models.get("top").reason()).startsWith("input main.mid was built in the run by model 'mid', which cannot"
        + " be replayed: input main.stg was built in the run by model 'stg'");
  }

  @Test
  void aModelWhoseUpstreamWasNotInTheRunSnapshotsItAndReplaysFromTheSnapshotAsOlderRecordsDo() {
    runChain();
    runChain("top");
    RunRecord run = h.state().recentRuns(1).getFirst();
    assertThat(run.modelsExecuted()).extracting(ModelExecution::modelName).containsExactly("top");
    Provenance.Snapshot mid = recorded(run, "top").inputs().getFirst();
    assertThat(mid.builtInRun()).isNull();
    assertThat(mid.artifact()).isNotNull();
    assertThat(new String(artifacts.get(recorded(run, "top").inputs().getFirst().artifact()).orElseThrow(),
        java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("PAR1");
    h.sql("DROP TABLE main.mid", "DROP TABLE main.stg");

    ModelReplay top = replay(artifacts).replay(run.runId(), "top", ReplayMode.VERIFY).models().getFirst();
    assertThat(top.verdict()).isEqualTo("bit_exact");
  }

  /** In-memory DuckDB and an in-memory state store. */
  static final class Scratch implements ScratchWarehouse {
    private final DuckDbAdapter adapter = DuckDbAdapter.inMemory();
    private final InMemoryStateStore state = new InMemoryStateStore();

    @Override
    public WarehouseAdapter adapter() {
      return adapter;
    }

    @Override
    public StateStore state() {
      return state;
    }

    @Override
    public void close() {
      adapter.close();
    }
  }
}
