package dev.rocky.app.e2e;

import dev.rocky.testkit.ChildJvm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rocky.app.fixture.FailingStateStore;
import dev.rocky.app.fixture.RunHarness;
import dev.rocky.app.fixture.Seeds;
import dev.rocky.app.fixture.TestProject;
import dev.rocky.app.run.RunListener;
import dev.rocky.core.error.RockyException;
import dev.rocky.core.port.StateStore;
import dev.rocky.core.project.Strategy;
import dev.rocky.core.state.ModelCommit;
import dev.rocky.core.state.StoreErrorCode;
import dev.rocky.core.run.ModelExecution;
import dev.rocky.core.state.Watermark;
import dev.rocky.testkit.fake.ForwardingStateStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run that dies between two models loses nothing it recorded, and the next run completes correctly. */
class KilledRunTest {
  @TempDir Path dir;

  @Test
  void aProcessKilledBetweenTwoModelsLeavesStateAndTablesConsistent() throws Exception {
    try (RunHarness h = RunHarness.open(dir)) {
      Seeds.events(h, 500);
    }
    String runId;
    try (ChildJvm child = ChildJvm.start(KilledRunChild.class, dir.toString())) {
      runId = child.awaitLine("COMMITTED ", Duration.ofSeconds(90)).substring("COMMITTED ".length());
      child.kill();
    }

    try (RunHarness h = RunHarness.open(dir)) {
      assertThat(h.state().modelExecutions(runId)).extracting(ModelExecution::modelName).containsExactly("first");
      assertThat(h.state().run(runId)).as("a killed run has no run record").isEmpty();
      assertThat(watermark(h, "main.first")).isEqualTo(Instant.parse("2026-01-01T08:20:00Z"));
      assertThat(h.state().watermark("main.second")).isEmpty();
      assertThat(h.count("main.first")).isEqualTo(500);
      assertThat(h.exists("main.second")).isFalse();
      assertThat(h.state().currentLease()).as("the dead run's lease is still there").isPresent();

      Seeds.addEvents(h, 501, 525);
      RunHarness.succeeded(h.run(KilledRunChild.project()));

      assertThat(h.rows("SELECT count(*), count(DISTINCT id) FROM main.first")).containsExactly("525|525");
      assertThat(h.rows("SELECT count(*), count(DISTINCT id) FROM main.second")).containsExactly("525|525");
      assertThat(watermark(h, "main.first")).isEqualTo(Instant.parse("2026-01-01T08:45:00Z"));
      assertThat(watermark(h, "main.second")).isEqualTo(Instant.parse("2026-01-01T08:45:00Z"));
      assertThat(h.state().currentLease()).isEmpty();
    }
  }

  @Test
  void aModelLoadedButNotCommittedIsNotLoadedTwiceByTheNextRun() {
    try (RunHarness h = RunHarness.open(dir)) {
      Seeds.events(h, 500);
      TestProject p = KilledRunChild.project();
      RunHarness.succeeded(h.run(p));
      Seeds.addEvents(h, 501, 525);

      AtomicReference<String> runId = new AtomicReference<>();
      RunListener capture = capturing(runId);
      assertThatThrownBy(() -> h.coordinator(new FailingStateStore(h.state(), "second"))
          .run(p.plan(), p.graph(), h.options(p).build(), capture)).hasMessageContaining("injected");

      assertThat(h.state().modelExecutions(runId.get())).extracting(ModelExecution::modelName).containsExactly("first");
      assertThat(h.state().run(runId.get())).isEmpty();
      assertThat(watermark(h, "main.first")).isEqualTo(Instant.parse("2026-01-01T08:45:00Z"));
      assertThat(watermark(h, "main.second")).as("not committed").isEqualTo(Instant.parse("2026-01-01T08:20:00Z"));
      assertThat(h.count("main.second")).as("loaded before the failed commit").isEqualTo(525);
      assertThat(h.state().currentLease()).isEmpty();

      RunHarness.succeeded(h.run(p));

      assertThat(h.rows("SELECT count(*), count(DISTINCT id) FROM main.second")).containsExactly("525|525");
      assertThat(watermark(h, "main.second")).isEqualTo(Instant.parse("2026-01-01T08:45:00Z"));
    }
  }

  @Test
  void resultsWhoseGroupCommitFailedAreRunAgainWithoutLoadingAnythingTwice() {
    try (RunHarness h = RunHarness.open(dir)) {
      Seeds.events(h, 500);
      // Two incremental models of one layer: their results may share a commit.
      TestProject p = new TestProject()
          .model("a", new Strategy.Incremental("ts"), "SELECT id, ts, v FROM raw.events")
          .model("b", new Strategy.Incremental("ts"), "SELECT id, ts FROM raw.events");
      RunHarness.succeeded(h.run(p));
      Seeds.addEvents(h, 501, 525);

      AtomicReference<String> runId = new AtomicReference<>();
      RunListener capture = capturing(runId);
      assertThatThrownBy(() -> h.coordinator(new FailingGroups(h.state(), "b"))
          .run(p.plan(), p.graph(), h.options(p).parallel(2).build(), capture)).hasMessageContaining("injected");

      assertThat(h.state().modelExecutions(runId.get())).extracting(ModelExecution::modelName).doesNotContain("b");
      assertThat(watermark(h, "main.b")).as("not committed").isEqualTo(Instant.parse("2026-01-01T08:20:00Z"));
      assertThat(h.count("main.a")).as("loaded, committed or not").isEqualTo(525);
      assertThat(h.count("main.b")).as("loaded before the failed commit").isEqualTo(525);

      RunHarness.succeeded(h.run(p));

      assertThat(h.rows("SELECT count(*), count(DISTINCT id) FROM main.a")).containsExactly("525|525");
      assertThat(h.rows("SELECT count(*), count(DISTINCT id) FROM main.b")).containsExactly("525|525");
      assertThat(watermark(h, "main.a")).isEqualTo(Instant.parse("2026-01-01T08:45:00Z"));
      assertThat(watermark(h, "main.b")).isEqualTo(Instant.parse("2026-01-01T08:45:00Z"));
    }
  }

  /** Fails every commit that holds one model's result, and with it the rest of its group. */
  private static final class FailingGroups extends ForwardingStateStore {
    private final String model;

    FailingGroups(StateStore delegate, String model) {
      super(delegate);
      this.model = model;
    }

    @Override
    public void commitModelResult(ModelCommit commit) {
      commitModelResults(List.of(commit));
    }

    @Override
    public void commitModelResults(List<ModelCommit> commits) {
      if (commits.stream().anyMatch(c -> c.execution().modelName().equals(model))) {
        throw new RockyException(StoreErrorCode.STATE_UNAVAILABLE, "the state file went away (injected)");
      }
      delegate.commitModelResults(commits);
    }
  }

  private static Instant watermark(RunHarness h, String target) {
    return h.state().watermark(target).map(Watermark::lastValue).orElseThrow();
  }

  /** A listener that keeps the id of the run it hears start. */
  private static RunListener capturing(AtomicReference<String> runId) {
    return new RunListener() {
      @Override
      public void runStarted(String id, List<List<String>> layers) {
        runId.set(id);
      }
    };
  }
}
