package dev.rocky.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.app.execute.ExecuteService;
import dev.rocky.app.execute.RetryPolicy;
import dev.rocky.app.fixture.ScriptedWarehouse;
import dev.rocky.app.fixture.TestProject;
import dev.rocky.app.fixture.TickingClock;
import dev.rocky.core.hooks.HookEvent;
import dev.rocky.core.hooks.HookSink;
import dev.rocky.core.project.Strategy;
import dev.rocky.core.run.ModelStatus;
import dev.rocky.core.run.RunStatus;
import dev.rocky.testkit.fake.InMemoryStateStore;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The hook events a coordinated run fires, recorded by a sink; an aborting hook stops the run. */
class RunHooksTest {
  final TickingClock clock = new TickingClock(Instant.parse("2026-03-01T00:00:00Z"));
  final ScriptedWarehouse warehouse = new ScriptedWarehouse();
  final InMemoryStateStore state = new InMemoryStateStore(clock);
  final TestProject project = new TestProject()
      .model("a", new Strategy.FullRefresh(), "SELECT 1 AS x")
      .model("c", new Strategy.FullRefresh(), "SELECT * FROM a", "a");

  /** Records every event; aborts the ones {@code abort} matches. */
  static final class RecordingSink implements HookSink {
    final List<HookEvent> events = new CopyOnWriteArrayList<>();
    final Predicate<HookEvent> abort;

    RecordingSink(Predicate<HookEvent> abort) {
      this.abort = abort;
    }

    @Override
    public Disposition fire(HookEvent event) {
      events.add(event);
      return abort.test(event) ? Disposition.ABORT : Disposition.CONTINUE;
    }

    List<String> names() {
      return events.stream().map(e -> e.event() + (e.model() == null ? "" : ":" + e.model())).toList();
    }
  }

  RunOutput run(HookSink sink) {
    return new RunCoordinator(new ExecuteService(warehouse, state, clock, RetryPolicy.NONE, d -> {}, () -> 0), state,
        clock).withHooks(sink, "main")
        .run(project.plan(), project.graph(), RunOptions.builder("feedfacecafebeef").hostname("unit-host").build());
  }

  @Test
  void aRunFiresStartEachModelAndCompleteInOrder() {
    RecordingSink sink = new RecordingSink(e -> false);

    RunOutput out = run(sink);

    assertThat(out.status()).isEqualTo(RunStatus.SUCCESS);
    assertThat(sink.names()).containsExactly("on_pipeline_start", "on_before_model_run:a", "on_after_model_run:a",
        "on_before_model_run:c", "on_after_model_run:c", "on_pipeline_complete");
    assertThat(sink.events).allSatisfy(e -> {
      assertThat(e.runId()).isEqualTo(out.runId());
      assertThat(e.pipeline()).isEqualTo("main");
    });
    assertThat(sink.events.get(2).table()).isEqualTo("main.a");
    assertThat(sink.events.get(2).durationMs()).isNotNull();
    assertThat(sink.events.getLast().durationMs()).isEqualTo(out.durationMs());
  }

  @Test
  void aModelFailureFiresModelErrorAndPipelineErrorWithTheMessage() {
    warehouse.fault = sql -> sql.contains("\"a\"") ? new IllegalStateException("disk full") : null;
    RecordingSink sink = new RecordingSink(e -> false);

    run(sink);

    HookEvent error = sink.events.stream().filter(e -> e.event().equals("on_model_error")).findFirst().orElseThrow();
    assertThat(error.model()).isEqualTo("a");
    assertThat(error.error()).isNotBlank();
    assertThat(sink.names()).doesNotContain("on_before_model_run:c").endsWith("on_pipeline_error");
    assertThat(sink.events.getLast().error()).startsWith("a: ");
  }

  @Test
  void anAbortBeforeAModelStopsItAndEveryModelAfterIt() {
    RecordingSink sink = new RecordingSink(e -> e.event().equals("on_before_model_run") && "a".equals(e.model()));

    RunOutput out = run(sink);

    assertThat(out.status()).isEqualTo(RunStatus.FAILURE);
    assertThat(out.interrupted()).isTrue();
    assertThat(out.exitCode()).isEqualTo(1);
    assertThat(out.tablesCopied()).isZero();
    assertThat(out.tablesSkipped()).isEqualTo(2);
    assertThat(warehouse.calls).noneMatch(sql -> sql.contains("CREATE"));
    assertThat(sink.names()).containsExactly("on_pipeline_start", "on_before_model_run:a", "on_pipeline_error");
    assertThat(sink.events.getLast().error()).contains("on_before_model_run");
    assertThat(state.recentRuns(1).getFirst().status()).isEqualTo(RunStatus.FAILURE);
    assertThat(state.recentRuns(1).getFirst().modelsExecuted()).allSatisfy(
        m -> assertThat(m.status()).isEqualTo(ModelStatus.SKIPPED));
  }

  @Test
  void aSinkThatThrowsIsIgnored() {
    RunOutput out = run(e -> {
      throw new IllegalStateException("broken sink");
    });

    assertThat(out.status()).isEqualTo(RunStatus.SUCCESS);
  }
}
