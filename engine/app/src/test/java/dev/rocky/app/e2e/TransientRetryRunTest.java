package dev.rocky.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.app.fixture.FlakyWarehouse;
import dev.rocky.app.fixture.RunHarness;
import dev.rocky.app.fixture.Seeds;
import dev.rocky.app.fixture.TestProject;
import dev.rocky.app.run.RunOutput;
import dev.rocky.core.project.Strategy;
import dev.rocky.core.run.AttemptRecord;
import dev.rocky.core.run.FailureClass;
import dev.rocky.core.run.FailureKind;
import dev.rocky.core.run.ModelStatus;
import dev.rocky.core.run.RunStatus;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Transient warehouse errors are retried with backoff; the retry trail is recorded. */
class TransientRetryRunTest {
  @TempDir Path dir;
  RunHarness h;

  @BeforeEach
  void open() {
    h = RunHarness.open(dir);
    Seeds.events(h, 50);
  }

  @AfterEach
  void close() {
    h.close();
  }

  @Test
  void aModelWhoseFirstAttemptHitsATransientErrorSucceedsOnTheSecond() {
    h.warehouse().failOn("\"main\".\"copy\"", 0, 1, FlakyWarehouse::transientConflict);
    TestProject p = new TestProject().model("copy", new Strategy.FullRefresh(), "SELECT id FROM raw.events");

    RunOutput out = RunHarness.succeeded(h.run(p));

    assertThat(h.count("main.copy")).isEqualTo(50);
    assertThat(out.materializations()).singleElement().satisfies(m -> {
      assertThat(m.attempts()).extracting(AttemptRecord::attempt, AttemptRecord::outcome)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(1, ModelStatus.FAILED),
              org.assertj.core.groups.Tuple.tuple(2, ModelStatus.SUCCESS));
      AttemptRecord first = m.attempts().getFirst();
      assertThat(first.failureClass()).isEqualTo(FailureClass.TRANSIENT);
      assertThat(first.transientKind()).isEqualTo("transient");
      assertThat(first.backoffMs()).isEqualTo(75L);
    });
    assertThat(h.sleeper().sleeps()).containsExactly(Duration.ofMillis(75));
    assertThat(h.state().run(out.runId()).orElseThrow().modelsExecuted().getFirst().attempts()).hasSize(2);
  }

  @Test
  void retriesAreBoundedAndBackOffExponentially() {
    h.warehouse().failOn("\"main\".\"copy\"", 0, 100, FlakyWarehouse::transientConflict);
    TestProject p = new TestProject().model("copy", new Strategy.FullRefresh(), "SELECT id FROM raw.events");

    RunOutput out = h.run(p);

    assertThat(out.status()).isEqualTo(RunStatus.FAILURE);
    assertThat(out.errors()).singleElement().satisfies(e -> assertThat(e.failureKind()).isEqualTo(FailureKind.TRANSIENT));
    assertThat(h.sleeper().sleeps()).containsExactly(Duration.ofMillis(75), Duration.ofMillis(150));
    assertThat(h.state().run(out.runId()).orElseThrow().modelsExecuted().getFirst().attempts())
        .extracting(AttemptRecord::backoffMs).containsExactly(75L, 150L, null);
  }

  @Test
  void aRetriedIncrementalLoadAppendsItsRowsOnce() {
    TestProject p = new TestProject().model("inc", new Strategy.Incremental("ts"), "SELECT id, ts FROM raw.events");
    RunHarness.succeeded(h.run(p));
    Seeds.addEvents(h, 51, 60);
    // Second run: the probe reads MAX(ts) once, the load succeeds, then reading the new watermark fails.
    h.warehouse().failOn("SELECT MAX(\"ts\") FROM \"main\".\"inc\"", 1, 1, FlakyWarehouse::transientConflict);

    RunOutput out = RunHarness.succeeded(h.run(p));

    assertThat(h.rows("SELECT count(*), count(DISTINCT id) FROM main.inc")).containsExactly("60|60");
    assertThat(out.materializations().getFirst().attempts()).hasSize(2);
    assertThat(out.materializations().getFirst().metadata().watermark()).isEqualTo("2026-01-01T01:00:00Z");
  }
}
