package dev.rocky.cli.govern;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rocky.adapter.duckdb.DuckDbAdapter;
import dev.rocky.cli.CliRun;
import dev.rocky.cli.output.Json;
import dev.rocky.core.port.QueryResult;
import dev.rocky.testkit.TestProjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rocky compliance}, {@code rocky govern} and {@code rocky compile --target-dialect}, end to end on disk. */
class GovernCommandsTest {
  @TempDir Path dir;
  Path project;

  @BeforeEach
  void copy() {
    project = TestProjects.copyTo(TestProjects.GOVERNED, dir.resolve("governed"));
  }

  private static JsonNode json(CliRun run) throws Exception {
    return Json.mapper().readTree(run.out());
  }

  private List<String> rows(String sql) {
    try (DuckDbAdapter duck = DuckDbAdapter.open(project.resolve("governed.duckdb"))) {
      QueryResult r = duck.query(sql);
      return r.rows().stream().map(row -> row.stream().map(v -> Objects.toString(v, "NULL"))
          .collect(Collectors.joining("|"))).toList();
    }
  }

  @Test
  void complianceReportsOneExceptionAndFailsTheGateOnlyWhenAsked() throws Exception {
    CliRun report = CliRun.run(project, "compliance");
    assertThat(report.exitCode()).isZero();
    JsonNode out = json(report);
    assertThat(out.path("command").asText()).isEqualTo("compliance");
    assertThat(out.path("summary").path("total_classified").asInt()).isEqualTo(5);
    assertThat(out.path("summary").path("total_exceptions").asInt()).isEqualTo(1);
    assertThat(out.path("exceptions").get(0).path("column").asText()).isEqualTo("ssn");
    assertThat(out.path("per_column").get(0).path("source").asText()).isEqualTo("inherited");
    assertThat(out.path("markdown").asText()).startsWith("### Rocky compliance");

    CliRun gate = CliRun.run(project, "compliance", "--fail-on", "exception");
    assertThat(gate.exitCode()).isEqualTo(1);
    assertThat(json(gate).path("exceptions")).hasSize(1);

    Files.writeString(project.resolve("rocky.toml"), Files.readString(project.resolve("rocky.toml"))
        + "\n[classifications]\nallow_unmasked = [\"secret\"]\n");
    assertThat(CliRun.run(project, "compliance", "--fail-on", "exception").exitCode()).isZero();
  }

  @Test
  void complianceOnATerminalIsATableWithTheExceptionsAndExceptionsOnlyNarrowsIt() {
    CliRun run = CliRun.run(project, true, new dev.rocky.cli.wiring.LocalWiring(), "compliance", "--exceptions-only");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("stg_people", "ssn", "secret", "default: unresolved")
        .contains("exception: stg_people.ssn (default): classification 'secret' has no masking strategy in [mask]")
        .contains("5 classified, 4 masked in every environment, 1 exception")
        .doesNotContain("employee_code");
  }

  @Test
  void aRunPublishesMaskedViewsAndGovernApplyPutsBackAMaskRemovedByHand() throws Exception {
    assertThat(CliRun.run(project, "seed", "--sql").exitCode()).isZero();
    CliRun run = CliRun.run(project, "run");
    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(json(run).path("errors")).isEmpty();
    assertThat(rows("SELECT email = sha256('ada@example.com'), phone, ssn FROM main_masked.stg_people WHERE person_id = 1"))
        .containsExactly("true|+4***18|***");
    assertThat(rows("SELECT email FROM main.stg_people WHERE person_id = 1")).containsExactly("ada@example.com");

    try (DuckDbAdapter duck = DuckDbAdapter.open(project.resolve("governed.duckdb"))) {
      duck.execute("CREATE OR REPLACE VIEW main_masked.people_mart AS SELECT * FROM main.people_mart");
    }
    CliRun apply = CliRun.run(project, "govern", "apply");
    assertThat(apply.exitCode()).as(apply.out()).isZero();
    JsonNode outcome = json(apply);
    assertThat(outcome.path("masks")).hasSize(5);
    assertThat(outcome.path("errors")).isEmpty();
    assertThat(rows("SELECT email = sha256('ada@example.com') FROM main_masked.people_mart WHERE person_id = 1"))
        .containsExactly("true");
  }

  @Test
  void planShowsTheSnowflakePoliciesAndTheGrantDifferenceAgainstASnapshot() throws Exception {
    Path snapshot = dir.resolve("grants.json");
    Files.writeString(snapshot, """
        {"grants": [
          {"on": "schema", "securable": "PUBLIC", "principal": "ANALYSTS", "privilege": "USAGE"},
          {"on": "table", "securable": "public.people_mart", "principal": "LOADER", "privilege": "INSERT"}
        ]}
        """);

    CliRun plan = CliRun.run(project, "govern", "plan", "--target-dialect", "snowflake", "--env", "prod",
        "--current-grants", snapshot.toString());

    assertThat(plan.exitCode()).as(plan.err()).isZero();
    JsonNode out = json(plan);
    assertThat(out.path("dialect").asText()).isEqualTo("snowflake");
    assertThat(out.path("statements").findValuesAsText("sql")).anySatisfy(s -> assertThat(s)
        .isEqualTo("ALTER TABLE \"PUBLIC\".\"stg_people\" MODIFY COLUMN \"EMAIL\" SET MASKING POLICY"
            + " \"PUBLIC\".\"rocky_mask_hash_prod\" FORCE"));
    assertThat(out.path("statements").findValuesAsText("sql")).filteredOn(s -> s.startsWith("CREATE TAG"))
        .containsExactly("CREATE TAG IF NOT EXISTS \"PUBLIC\".\"domain\"",
            "CREATE TAG IF NOT EXISTS \"PUBLIC\".\"classification\"");
    assertThat(out.path("grants").path("changes").findValuesAsText("sql")).containsExactly(
        "GRANT SELECT ON TABLE \"PUBLIC\".\"people_mart\" TO ROLE \"ANALYSTS\"",
        "REVOKE INSERT ON TABLE \"PUBLIC\".\"people_mart\" FROM ROLE \"LOADER\"");
  }

  @Test
  void planOnDuckDbShowsTheMaskedViewsAndThatThereAreNoGrants() throws Exception {
    CliRun plan = CliRun.run(project, true, new dev.rocky.cli.wiring.LocalWiring(), "govern", "plan");
    assertThat(plan.exitCode()).isZero();
    assertThat(plan.out()).contains("CREATE OR REPLACE VIEW \"main_masked\".\"stg_people\" AS")
        .contains("sha256(CAST(\"email\" AS VARCHAR)) AS \"email\"")
        .contains("'***' AS \"ssn\"")
        .contains("Grants: 0 to grant, 0 to revoke (nothing differs)")
        .contains("duckdb has no roles or grants");
  }

  @Test
  void compileWithATargetDialectReportsP001() throws Exception {
    Files.writeString(project.resolve("models/ratios.sql"), "SELECT person_id, DIV0(person_id, 2) AS half FROM stg_people\n");

    CliRun databricks = CliRun.run(project, "compile", "--target-dialect", "databricks");
    assertThat(databricks.exitCode()).isEqualTo(1);
    assertThat(json(databricks).path("diagnostics").findValuesAsText("code")).contains("P001");

    assertThat(CliRun.run(project, "compile", "--target-dialect", "snowflake").exitCode()).isZero();
    CliRun oracle = CliRun.run(project, "compile", "--target-dialect", "oracle");
    assertThat(oracle.exitCode()).isEqualTo(1);
    assertThat(oracle.err()).contains("expected duckdb, databricks or snowflake, got 'oracle'");
  }
}
