package dev.rocky.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rocky.app.fixture.RunHarness;
import dev.rocky.app.fixture.Seeds;
import dev.rocky.app.fixture.TestProject;
import dev.rocky.app.run.RunOutput;
import dev.rocky.core.project.Strategy;
import dev.rocky.core.run.RunStatus;
import dev.rocky.core.state.LeaseHeldException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Selection, idempotency keys and the run lease. */
class RunControlTest {
  @TempDir Path dir;
  RunHarness h;

  @BeforeEach
  void open() {
    h = RunHarness.open(dir);
    Seeds.events(h, 10);
  }

  @AfterEach
  void close() {
    h.close();
  }

  /** a -> b -> c, a -> d. */
  private static TestProject chain() {
    return new TestProject()
        .model("a", new Strategy.FullRefresh(), "SELECT id FROM raw.events")
        .model("b", new Strategy.FullRefresh(), "SELECT id FROM a WHERE id > 2", "a")
        .model("c", new Strategy.FullRefresh(), "SELECT count(*) AS n FROM b", "b")
        .model("d", new Strategy.FullRefresh(), "SELECT max(id) AS top FROM a", "a");
  }

  private static java.util.List<String> built(RunOutput out) {
    return out.materializations().stream().map(m -> m.assetKey().getLast()).toList();
  }

  @Test
  void selectionBuildsOnlyTheSelectedModels() {
    TestProject p = chain();
    RunOutput upstream = RunHarness.succeeded(h.run(p, "+c"));
    assertThat(built(upstream)).containsExactly("a", "b", "c");
    assertThat(h.exists("main.d")).isFalse();
    assertThat(upstream.filter()).isEqualTo("+c");

    Seeds.addEvents(h, 11, 12);
    RunOutput one = RunHarness.succeeded(h.run(p, "d"));
    assertThat(built(one)).containsExactly("d");
    assertThat(h.rows("SELECT top FROM main.d")).as("a was not rebuilt").containsExactly("10");

    RunOutput downstream = RunHarness.succeeded(h.run(p, "a+"));
    assertThat(built(downstream)).containsExactly("a", "b", "d", "c");
    assertThat(h.rows("SELECT top FROM main.d")).containsExactly("12");
    assertThat(h.rows("SELECT n FROM main.c")).containsExactly("10");
  }

  @Test
  void aSecondRunWithTheSameIdempotencyKeyIsSkippedAndSaysWhichRunDidTheWork() {
    TestProject p = chain();
    RunOutput first = RunHarness.succeeded(h.run(p, h.options(p).idempotencyKey("nightly-2026-01-05").build()));
    Seeds.addEvents(h, 11, 15);

    RunOutput second = h.run(p, h.options(p).idempotencyKey("nightly-2026-01-05").build());

    assertThat(second.status()).isEqualTo(RunStatus.SKIPPED_IDEMPOTENT);
    assertThat(second.exitCode()).isZero();
    assertThat(second.skippedByRunId()).isEqualTo(first.runId());
    assertThat(second.idempotencyKey()).isEqualTo("nightly-2026-01-05");
    assertThat(second.materializations()).isEmpty();
    assertThat(h.rows("SELECT top FROM main.d")).containsExactly("10");
    assertThat(h.state().recentRuns(10)).hasSize(1);
    assertThat(h.state().currentLease()).isEmpty();

    RunOutput other = RunHarness.succeeded(h.run(p, h.options(p).idempotencyKey("nightly-2026-01-06").build()));
    assertThat(other.skippedByRunId()).isNull();
    assertThat(h.rows("SELECT top FROM main.d")).containsExactly("15");
  }

  @Test
  void aKeyWhoseRunFailedCanRunAgain() {
    TestProject broken = new TestProject().model("a", new Strategy.FullRefresh(), "SELECT nope FROM raw.events");
    assertThat(h.run(broken, h.options(broken).idempotencyKey("k").build()).status()).isEqualTo(RunStatus.FAILURE);
    TestProject fixed = chain();
    RunHarness.succeeded(h.run(fixed, h.options(fixed).idempotencyKey("k").build()));
  }

  @Test
  void anotherLiveRunsLeaseStopsTheRunWithAClearMessage() {
    h.state().acquireLease("other-host:4242:run-20260105-115959-000", Duration.ofHours(1));
    TestProject p = chain();

    assertThatThrownBy(() -> h.run(p)).isInstanceOf(LeaseHeldException.class)
        .hasMessageContaining("another run is in progress for this project")
        .hasMessageContaining("other-host:4242");
    assertThat(h.exists("main.a")).isFalse();
  }

  @Test
  void theLeaseOfADeadProcessOnThisMachineIsTakenOver() throws Exception {
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    h.state().acquireLease(RunHarness.HOST + ":" + gone.pid() + ":run-20260105-115959-000", Duration.ofHours(1));

    RunHarness.succeeded(h.run(chain()));
    assertThat(h.state().currentLease()).isEmpty();
  }
}
