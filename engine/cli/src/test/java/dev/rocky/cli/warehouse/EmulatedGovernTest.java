package dev.rocky.cli.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rocky.cli.CliRun;
import dev.rocky.cli.output.Json;
import dev.rocky.testkit.GoldenFiles;
import dev.rocky.testkit.TestProjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rocky govern plan} and {@code apply} on the governed fixture whose warehouse is emulated:
 * the statements apply issues (a golden file per dialect), the masks and tags read back, the grant
 * difference after drift, and an apply whose masks did not bind failing. A subclass starts its
 * emulator and says how that warehouse names, drifts and records things.
 */
abstract class EmulatedGovernTest<E extends AutoCloseable> {
  @TempDir Path dir;
  E emulator;
  Path project;

  /** The dialect {@code govern plan} reports; also names the golden file of apply's statements. */
  abstract String dialect();

  abstract E startEmulator();

  /** Points the copied fixture at the started emulator. */
  abstract Path pointAt(Path fixture) throws IOException;

  /** Runs a script of {@code ;}-separated statements on the warehouse, as its administrator would. */
  abstract void sql(String script);

  /** Statements revoking the grant {@code analysts} has on {@code people_mart} and granting {@code intruder} one. */
  abstract String drift();

  /** How many statements the warehouse has received. */
  abstract int received();

  /** The statements received after the first {@code from} of them, without the adapter's catalog reads. */
  abstract List<String> issuedSince(int from);

  /** The masks bound to a table's columns, by column; the table in the fixture's schema. */
  abstract Map<String, String> masksOn(String table);

  /** A table's tags; the table in the fixture's schema. */
  abstract List<String> tagsOn(String table);

  /** From now on, masks the warehouse accepts do not bind; those bound so far are dropped. */
  abstract void loseMasks();

  @BeforeEach
  void start() throws IOException {
    emulator = startEmulator();
    project = pointAt(TestProjects.copyTo(TestProjects.GOVERNED, dir.resolve("governed")));
  }

  @AfterEach
  void stop() throws Exception {
    emulator.close();
  }

  @Test
  void applyIssuesTheGoldenStatementsAndVerifiesTheMasksReadBack() throws IOException {
    build();
    sql(drift()); // drift since the run, by hand
    int before = received();

    CliRun apply = CliRun.run(project, "govern", "apply");

    assertThat(apply.exitCode()).as(apply.err() + apply.out()).isZero();
    JsonNode out = Json.mapper().readTree(apply.out());
    assertThat(out.path("errors")).isEmpty();
    assertThat(out.path("masks")).hasSize(5);
    GoldenFiles.assertMatches(Path.of("src/test/resources/golden/govern/" + dialect() + "_apply.sql"),
        String.join(";\n", issuedSince(before)) + ";\n");
    assertThat(out.path("grants_added").asInt()).isEqualTo(1);
    assertThat(out.path("grants_revoked").asInt()).isEqualTo(1);
    assertThat(masksOn("stg_people")).containsOnlyKeys("email", "phone", "ssn");
    assertThat(tagsOn("people_mart")).containsExactly("domain=people", "email.classification=pii");
  }

  @Test
  void planShowsNoGrantChangeOnceApplied() throws IOException {
    build();
    CliRun plan = CliRun.run(project, "govern", "plan");
    assertThat(plan.exitCode()).as(plan.err() + plan.out()).isZero();
    JsonNode out = Json.mapper().readTree(plan.out());
    assertThat(out.path("dialect").asText()).isEqualTo(dialect());
    assertThat(out.path("grants").path("changes")).as(out.toString()).isEmpty();
  }

  @Test
  void aMaskThatDidNotApplyFailsTheApply() throws IOException {
    build();
    loseMasks();

    CliRun apply = CliRun.run(project, "govern", "apply");

    assertThat(apply.exitCode()).as(apply.err() + apply.out()).isEqualTo(1);
    JsonNode out = Json.mapper().readTree(apply.out());
    assertThat(out.toString()).contains("no mask is bound to the column");
  }

  /** Seeds raw.people and builds the models with rocky run (which governs them too). */
  void build() throws IOException {
    seed();
    CliRun run = CliRun.run(project, "run");
    assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
    assertThat(Json.mapper().readTree(run.out()).path("errors")).as(run.out()).isEmpty();
  }

  /** Runs data/seed.sql on the warehouse. */
  void seed() throws IOException {
    sql(Files.readString(project.resolve("data/seed.sql")));
  }
}
