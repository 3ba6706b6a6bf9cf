package dev.rocky.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.rocky.app.fixture.RunHarness;
import dev.rocky.app.fixture.Seeds;
import dev.rocky.app.fixture.TestProject;
import dev.rocky.app.run.RunOutput;
import dev.rocky.core.project.Strategy;
import dev.rocky.core.run.FailureKind;
import dev.rocky.core.run.ModelExecution;
import dev.rocky.core.run.ModelStatus;
import dev.rocky.core.run.RunRecord;
import dev.rocky.core.run.RunStatus;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A model failing on the warehouse fails only its own branch of the DAG. */
class FailureContainmentRunTest {
  @TempDir Path dir;
  RunHarness h;

  @BeforeEach
  void open() {
    h = RunHarness.open(dir);
    Seeds.events(h, 20);
  }

  @AfterEach
  void close() {
    h.close();
  }

  /** stg -> {bad -> after_bad -> after_after, sibling}. */
  private static TestProject project(String badSql) {
    return new TestProject()
        .model("stg", new Strategy.FullRefresh(), "SELECT id, v FROM raw.events")
        .model("bad", new Strategy.FullRefresh(), badSql, "stg")
        .model("sibling", new Strategy.FullRefresh(), "SELECT count(*) AS n FROM stg", "stg")
        .model("after_bad", new Strategy.FullRefresh(), "SELECT * FROM bad", "bad")
        .model("after_after", new Strategy.FullRefresh(), "SELECT * FROM after_bad", "after_bad");
  }

  @Test
  void aRuntimeDivisionErrorFailsItsBranchAndTheSiblingIsBuilt() {
    RunOutput out = h.run(project("SELECT id, id // (id - id) AS boom FROM stg"));

    assertThat(out.status()).isEqualTo(RunStatus.PARTIAL_FAILURE);
    assertThat(out.exitCode()).isEqualTo(2);
    assertThat(out.tablesCopied()).isEqualTo(2);
    assertThat(out.tablesFailed()).isEqualTo(1);
    assertThat(out.tablesSkipped()).isEqualTo(2);
    assertThat(out.errors()).singleElement().satisfies(e -> {
      assertThat(e.assetKey()).containsExactly("main", "bad");
      assertThat(e.failureKind()).isEqualTo(FailureKind.QUERY_REJECTED);
      assertThat(e.error()).startsWith("models/bad.sql: ").containsIgnoringCase("division by zero");
    });
    assertThat(out.contained()).extracting(c -> c.model(), c -> c.blockedBy())
        .containsExactly(tuple("after_bad", "bad"), tuple("after_after", "bad"));
    assertThat(out.modelDecisions()).filteredOn(d -> d.model().equals("after_after")).singleElement()
        .satisfies(d -> assertThat(d.reason()).isEqualTo("upstream 'bad' failed (through 'after_bad')"));
    assertThat(h.rows("SELECT n FROM main.sibling")).containsExactly("20");
    assertThat(h.exists("main.bad")).isFalse();
    assertThat(h.exists("main.after_bad")).isFalse();

    RunRecord record = h.state().run(out.runId()).orElseThrow();
    assertThat(record.status()).isEqualTo(RunStatus.PARTIAL_FAILURE);
    assertThat(record.configHash()).isEqualTo(RunHarness.CONFIG_HASH);
    assertThat(record.hostname()).isEqualTo(RunHarness.HOST);
    assertThat(record.modelsExecuted()).as("in commit order, which parallel models decide")
        .extracting(ModelExecution::modelName, ModelExecution::status).containsExactlyInAnyOrder(
            tuple("stg", ModelStatus.SUCCESS), tuple("bad", ModelStatus.FAILED), tuple("sibling", ModelStatus.SUCCESS),
            tuple("after_bad", ModelStatus.SKIPPED), tuple("after_after", ModelStatus.SKIPPED));
    assertThat(execution(record, "bad").error()).startsWith("models/bad.sql: ");
    assertThat(execution(record, "after_bad").error()).isEqualTo("upstream 'bad' failed");
  }

  private static ModelExecution execution(RunRecord record, String model) {
    return record.modelsExecuted().stream().filter(e -> e.modelName().equals(model)).findFirst().orElseThrow();
  }

  @Test
  void theProgressPrinterShowsTheFailureAsItHappensAndTheSummary() {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    TestProject p = project("SELECT id, id // (id - id) AS boom FROM stg");
    dev.rocky.app.run.ProgressPrinter printer = new dev.rocky.app.run.ProgressPrinter(
        new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8), h.clock());

    h.run(p, h.options(p).build(), printer);

    String text = bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(text).startsWith("Running 5 models in 4 layers (run-")
        .contains("layer 1/4: 1 model\n", "  ok       stg   20 rows in ", "  FAILED   bad   after ",
            "           models/bad.sql: running a statement failed in DuckDB: ",
            "  skipped  after_bad   upstream 'bad' failed   [layer ",
            "MODEL        STATUS   ROWS  DURATION\n", "after_after  skipped     -         -\n")
        .endsWith("\n").contains("PartialFailure: 2 succeeded, 1 failed, 2 skipped in ");
  }

  @Test
  void badSqlIsAUserErrorNamingTheModelsFileAndIsNotRetried() {
    RunOutput out = h.run(project("SELECT no_such_column FROM stg"));

    assertThat(out.status()).isEqualTo(RunStatus.PARTIAL_FAILURE);
    assertThat(out.errors()).singleElement().satisfies(e -> {
      assertThat(e.error()).startsWith("models/bad.sql: ").contains("no_such_column");
      assertThat(e.failureKind()).isEqualTo(FailureKind.QUERY_REJECTED);
    });
    assertThat(h.sleeper().sleeps()).isEmpty();
    assertThat(h.warehouse().log()).filteredOn(sql -> sql.contains("no_such_column")).hasSize(1);
  }

  @Test
  void aRunWhoseEveryModelFailsIsAFailureWithExitCode1() {
    TestProject p = new TestProject().model("only", new Strategy.FullRefresh(), "SELECT * FROM raw.missing_table");
    RunOutput out = h.run(p);

    assertThat(out.status()).isEqualTo(RunStatus.FAILURE);
    assertThat(out.exitCode()).isEqualTo(1);
    assertThat(out.errors()).singleElement().satisfies(e -> assertThat(e.failureKind())
        .isEqualTo(FailureKind.NOT_FOUND));
    assertThat(h.state().currentLease()).isEmpty();
  }
}
