package dev.rocky.cli.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rocky.cli.CliRun;
import dev.rocky.cli.output.Json;
import dev.rocky.testkit.GoldenFiles;
import dev.rocky.testkit.TestProjects;
import dev.rocky.testkit.emulator.snowflake.SnowflakeEmulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rocky govern plan} and {@code apply} on the governed fixture whose warehouse is an emulated
 * Snowflake: masking policies and {@code SET MASKING POLICY}, tags and the grant difference issued
 * through the adapter, the policies read back from {@code INFORMATION_SCHEMA.POLICY_REFERENCES}.
 */
class SnowflakeGovernTest {
  @TempDir Path dir;
  private SnowflakeEmulator emulator;
  private Path project;

  @BeforeEach
  void start() throws IOException {
    emulator = SnowflakeEmulator.start();
    project = Governed.onSnowflake(TestProjects.copyTo(TestProjects.GOVERNED, dir.resolve("governed")), emulator);
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  @Test
  void applyIssuesTheGoldenStatementsAndVerifiesTheMasksReadBack() throws IOException {
    build();
    // drift since the run: a grant revoked and another added by hand
    Governed.sql(emulator, "REVOKE SELECT ON TABLE \"PUBLIC\".\"people_mart\" FROM ROLE \"ANALYSTS\";"
        + " GRANT INSERT ON TABLE \"PUBLIC\".\"people_mart\" TO ROLE \"INTRUDER\"");
    int before = emulator.queries().size();

    CliRun apply = CliRun.run(project, "govern", "apply");

    assertThat(apply.exitCode()).as(apply.err() + apply.out()).isZero();
    JsonNode out = Json.mapper().readTree(apply.out());
    assertThat(out.path("errors")).isEmpty();
    assertThat(out.path("masks")).hasSize(5);
    List<String> issued = emulator.queries().subList(before, emulator.queries().size()).stream()
        .map(SnowflakeEmulator.Query::sql).filter(sql -> !sql.contains("FROM information_schema.columns")
            && !sql.contains("FROM information_schema.tables")).toList();
    GoldenFiles.assertMatches(Path.of("src/test/resources/golden/govern/snowflake_apply.sql"),
        String.join(";\n", issued) + ";\n");
    assertThat(out.path("grants_added").asInt()).isEqualTo(1);
    assertThat(out.path("grants_revoked").asInt()).isEqualTo(1);
    assertThat(emulator.masksOn(SnowflakeEmulator.DATABASE.toLowerCase() + ".public.stg_people"))
        .containsOnlyKeys("email", "phone", "ssn");
    assertThat(emulator.tagsOn(SnowflakeEmulator.DATABASE.toLowerCase() + ".public.people_mart"))
        .containsExactly("domain=people", "email.classification=pii");
  }

  @Test
  void planShowsNoGrantChangeOnceApplied() throws IOException {
    build();
    CliRun plan = CliRun.run(project, "govern", "plan");
    assertThat(plan.exitCode()).as(plan.err() + plan.out()).isZero();
    JsonNode out = Json.mapper().readTree(plan.out());
    assertThat(out.path("dialect").asText()).isEqualTo("snowflake");
    assertThat(out.path("grants").path("changes")).as(out.toString()).isEmpty();
  }

  @Test
  void aMaskThatDidNotApplyFailsTheApply() throws IOException {
    build();
    emulator.loseMasks(true);
    emulator.dropAllMasks();

    CliRun apply = CliRun.run(project, "govern", "apply");

    assertThat(apply.exitCode()).as(apply.err() + apply.out()).isEqualTo(1);
    JsonNode out = Json.mapper().readTree(apply.out());
    assertThat(out.toString()).contains("no mask is bound to the column");
  }

  /** Seeds raw.people and builds the models with rocky run (which governs them too). */
  private void build() throws IOException {
    Governed.seed(emulator, project);
    CliRun run = CliRun.run(project, "run");
    assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
    assertThat(Json.mapper().readTree(run.out()).path("errors")).as(run.out()).isEmpty();
  }
}
