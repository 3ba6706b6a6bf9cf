package dev.rocky.app.govern;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.app.fixture.RunHarness;
import dev.rocky.app.run.RunCoordinator;
import dev.rocky.app.run.RunListener;
import dev.rocky.app.run.RunOptions;
import dev.rocky.app.run.RunOutput;
import dev.rocky.core.error.RockyException;
import dev.rocky.core.run.RunStatus;
import dev.rocky.planner.sql.SqlDialect;
import dev.rocky.testkit.TestProjects;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Masks on real DuckDB: masked views in a consumer schema, built by a run and verified by reading them back. */
class GovernDuckDbTest {
  @TempDir Path dir;
  RunHarness h;
  GovernedProject p;

  @BeforeEach
  void open() {
    h = RunHarness.open(dir);
    p = GovernedProject.open();
    p.seedStatements().forEach(h::sql);
  }

  @AfterEach
  void close() {
    h.close();
  }

  private RunOutput run(GovernedProject project) {
    RunGovernanceStep step = new RunGovernanceStep(h.warehouse(), project.project().config(), project.classified(),
        project.project().models(), null);
    RunCoordinator coordinator = new RunCoordinator(h.executeService(), h.state(), h.clock(), step);
    return coordinator.run(project.plan(), project.graph(), RunOptions.builder(RunHarness.CONFIG_HASH).hostname(RunHarness.HOST).parallel(2).build(), RunListener.NONE);
  }

  @Test
  void theMaskedViewsHashRedactAndPartlyShowTheClassifiedColumnsAndTheTablesStayRaw() {
    RunOutput out = RunHarness.succeeded(run(p));
    assertThat(out.errors()).isEmpty();

    assertThat(h.rows("SELECT person_id, email = sha256('ada@example.com'), phone, ssn, employee_code, full_name"
        + " FROM main_masked.stg_people ORDER BY person_id")).containsExactly(
            "1|true|+4***18|***|E-001|Ada Lovelace",
            "2|false|NULL|***|E-002|Alan Turing",
            "3|false|***|***|E-003|Grace Hopper");
    assertThat(h.rows("SELECT email FROM main_masked.stg_people ORDER BY person_id"))
        .allSatisfy(e -> assertThat(e).matches("[0-9a-f]{64}"));
    // people_mart.email inherits pii from stg_people.email: hashed too.
    assertThat(h.rows("SELECT person_id, email = sha256('ada@example.com'), country FROM main_masked.people_mart"
        + " ORDER BY person_id")).containsExactly("1|true|GB", "2|false|GB", "3|false|US");
    // The tables themselves are unchanged.
    assertThat(h.rows("SELECT email, phone, ssn FROM main.stg_people ORDER BY person_id")).containsExactly(
        "ada@example.com|+44 20 7946 0018|123-45-6789", "alan@example.com|NULL|987-65-4321", "grace@example.com|555|NULL");
    assertThat(h.rows("SELECT email FROM main.people_mart WHERE person_id = 1")).containsExactly("ada@example.com");
  }

  @Test
  void verificationCatchesAMaskRemovedByHand() {
    RunHarness.succeeded(run(p));
    GovernService service = new GovernService(SqlDialect.DUCKDB, h.warehouse());
    GovernPlan plan = plan(service);
    assertThat(service.verify(plan)).allSatisfy(c -> assertThat(c.enforced()).as(c.toString()).isTrue()).hasSize(5);

    h.sql("CREATE OR REPLACE VIEW main_masked.stg_people AS SELECT * FROM main.stg_people");

    List<MaskCheck> checks = service.verify(plan);
    assertThat(checks).filteredOn(c -> !c.enforced()).extracting(MaskCheck::column)
        .containsExactlyInAnyOrder("email", "phone", "ssn");
    assertThat(checks).filteredOn(c -> c.column().equals("email") && c.model().equals("stg_people")).singleElement()
        .satisfies(c -> assertThat(c.problem()).contains("is not marked rocky-mask:hash"));
  }

  @Test
  void aMarkCopiedOntoAnUnmaskedViewIsStillCaughtByItsValues() {
    RunHarness.succeeded(run(p));
    GovernService service = new GovernService(SqlDialect.DUCKDB, h.warehouse());
    h.sql("CREATE OR REPLACE VIEW main_masked.people_mart AS SELECT * FROM main.people_mart",
        "COMMENT ON COLUMN main_masked.people_mart.email IS 'rocky-mask:hash'");

    assertThat(service.verify(plan(service))).filteredOn(c -> !c.enforced()).singleElement().satisfies(c -> {
      assertThat(c.model()).isEqualTo("people_mart");
      assertThat(c.problem()).isEqualTo("3 values of main_masked.people_mart.email are not hash-masked");
    });
  }

  @Test
  void aMaskThatDidNotApplyIsAnErrorOfTheRun() {
    h.warehouse().failOn("COMMENT ON COLUMN \"main_masked\".\"stg_people\".\"phone\"", 0, 1,
        () -> new RockyException(GovernErrorCode.GOVERN_READ_BACK_FAILED, "injected"));

    RunOutput out = run(p);

    assertThat(out.status()).isEqualTo(RunStatus.PARTIAL_FAILURE);
    assertThat(out.exitCode()).isEqualTo(2);
    assertThat(out.tablesCopied()).isEqualTo(2);
    assertThat(out.errors()).extracting(RunOutput.RunError::error).anySatisfy(e -> assertThat(e)
        .startsWith("governance: mark_mask on main_masked.stg_people.phone failed"))
        .anySatisfy(e -> assertThat(e).startsWith("governance: the partial mask of stg_people.phone (contact) did not apply"));
    assertThat(h.state().recentRuns(10)).first().satisfies(r -> assertThat(r.status()).isEqualTo(RunStatus.PARTIAL_FAILURE));
  }

  @Test
  void abortMakesAMaskFailureFailTheWholeRun() {
    String toml = TestProjects.files(TestProjects.GOVERNED).get("rocky.toml") + "\n[classifications]\nmask_failure = \"abort\"\n";
    GovernedProject strict = GovernedProject.of(TestProjects.open(TestProjects.GOVERNED).put("rocky.toml", toml));
    h.warehouse().failOn("CREATE OR REPLACE VIEW \"main_masked\".\"people_mart\"", 0, 1,
        () -> new RockyException(GovernErrorCode.GOVERN_READ_BACK_FAILED, "injected"));

    RunOutput out = run(strict);

    assertThat(out.status()).isEqualTo(RunStatus.FAILURE);
    assertThat(out.exitCode()).isEqualTo(1);
  }

  @Test
  void aProjectThatClassifiesNothingPublishesNoViews() {
    GovernedProject plain = GovernedProject.of(TestProjects.open(TestProjects.GOVERNED)
        .put("models/stg_people.toml", "intent = \"no classification\"\n"));

    RunHarness.succeeded(run(plain));

    assertThat(h.rows("SELECT schema_name FROM duckdb_schemas() WHERE schema_name = 'main_masked'")).isEmpty();
  }

  private GovernPlan plan(GovernService service) {
    List<GovernTarget> targets = p.project().models().stream().map(m -> new GovernTarget(m,
        new dev.rocky.planner.sql.TableName(null, "main", m.name()), false,
        h.warehouse().describeTable(new dev.rocky.core.project.TargetRef(null, "main", m.name())).orElseThrow(), "people",
        dev.rocky.core.config.GovernanceConfig.defaults())).toList();
    return service.plan(p.project().config(), p.classified(), targets, null, GrantReader.NONE);
  }
}
