package dev.rocky.app.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.rocky.app.fixture.RunHarness;
import dev.rocky.app.fixture.Seeds;
import dev.rocky.app.fixture.TestProject;
import dev.rocky.app.run.RunCoordinator;
import dev.rocky.app.run.RunOutput;
import dev.rocky.core.config.ChecksConfig;
import dev.rocky.core.project.Strategy;
import dev.rocky.core.run.CheckOutcome;
import dev.rocky.core.run.RunStatus;
import dev.rocky.planner.RunPlan;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A transformation run with its pipeline's checks: results in the output and the run record, and the gate. */
class ModelChecksRunTest {
  @TempDir Path dir;
  RunHarness h;
  final TestProject project = new TestProject()
      .model("stg", new Strategy.FullRefresh(), "SELECT id, CASE WHEN id % 10 = 0 THEN NULL ELSE v END AS v FROM raw.events")
      .model("broken", new Strategy.FullRefresh(), "SELECT id // 0 AS boom FROM stg", "stg")
      .schema("stg", "id:Int32", "v:String");

  @BeforeEach
  void open() {
    h = RunHarness.open(dir);
    Seeds.events(h, 20);
  }

  @AfterEach
  void close() {
    h.close();
  }

  private RunOutput run(boolean failOnError, List<Map<String, Object>> assertions) {
    ChecksConfig config = new ChecksConfig(true, failOnError, true, true, null, null, null, 50.0, null, assertions, null);
    PipelineChecks checks = PipelineChecks.of("main", config).orElseThrow();
    RunPlan plan = project.plan();
    RunChecks modelChecks = ModelChecks.of(h.warehouse(), h.state(), h.clock(), plan, Map.of(),
        Map.of("stg", checks, "broken", checks));
    return new RunCoordinator(h.executeService(), h.state(), h.clock(), modelChecks)
        .run(plan, project.graph(), h.options(project).build());
  }

  @Test
  void aFailingErrorAssertionFailsTheRunAndEveryResultIsRecorded() {
    RunOutput out = run(true, List.of(
        Map.of("table", "stg", "type", "not_null", "column", "v"),
        Map.of("table", "main.stg", "type", "unique", "column", "id")));

    assertThat(out.status()).isEqualTo(RunStatus.FAILURE);
    assertThat(out.tablesCopied()).isEqualTo(1);
    assertThat(out.checkResults()).singleElement().satisfies(r -> {
      TableCheckResult t = (TableCheckResult) r;
      assertThat(t.assetKey()).containsExactly("main", "stg");
      assertThat(t.checks()).extracting(CheckResult::name, CheckResult::passed).containsExactly(
          tuple("row_count", true), tuple("anomaly", true), tuple("column_match", true),
          tuple("not_null:v", false), tuple("unique:id", true));
      assertThat(t.checks().get(3).details()).containsEntry("failing_rows", 2L);
    });
    assertThat(h.state().run(out.runId()).orElseThrow().checkOutcomes())
        .extracting(CheckOutcome::name, CheckOutcome::passed, CheckOutcome::table)
        .contains(tuple("not_null:v", false, "main.stg"), tuple("row_count", true, "main.stg"));
    assertThat(h.state().run(out.runId()).orElseThrow().status()).isEqualTo(RunStatus.FAILURE);
  }

  @Test
  void withFailOnErrorOffTheRunKeepsTheStatusOfItsModels() {
    RunOutput out = run(false, List.of(Map.of("table", "stg", "type", "not_null", "column", "v")));

    assertThat(out.status()).as("'broken' failed, 'stg' was built").isEqualTo(RunStatus.PARTIAL_FAILURE);
    assertThat(((TableCheckResult) out.checkResults().getFirst()).checks())
        .filteredOn(c -> c.name().equals("not_null:v")).singleElement().satisfies(c -> assertThat(c.passed()).isFalse());
  }

  @Test
  void aWarningOrAPerAssertionFailOnErrorFalseDoesNotFailTheRun() {
    RunOutput out = run(true, List.of(
        Map.of("table", "stg", "type", "not_null", "column", "v", "severity", "warning"),
        Map.of("table", "stg", "type", "accepted_values", "column", "v", "values", List.of("x"), "fail_on_error", false)));

    assertThat(out.status()).isEqualTo(RunStatus.PARTIAL_FAILURE);
    assertThat(((TableCheckResult) out.checkResults().getFirst()).checks()).filteredOn(c -> !c.passed())
        .extracting(CheckResult::name).containsExactly("not_null:v", "accepted_values:v");
  }
}
