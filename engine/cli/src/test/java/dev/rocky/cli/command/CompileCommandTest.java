package dev.rocky.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rocky.cli.CliRun;
import dev.rocky.cli.output.Json;
import dev.rocky.cli.wiring.LocalWiring;
import dev.rocky.testkit.TestProjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rocky compile} end to end on fixture projects, through the real wiring. */
class CompileCommandTest {
  @TempDir Path dir;

  private static List<String> codes(JsonNode report, String model) {
    List<String> out = new ArrayList<>();
    for (JsonNode d : report.get("diagnostics")) {
      if (model == null || model.equals(d.path("model").asText(null))) {
        out.add(d.get("code").asText());
      }
    }
    return out;
  }

  @Test
  void aBrokenContractIsExactlyE010E012E013AndCompileExits1() throws Exception {
    Path project = TestProjects.copyTo("contracts", dir.resolve("p"));
    CliRun run = CliRun.run(project, "compile", "-o", "json");

    assertThat(run.exitCode()).isEqualTo(1);
    JsonNode report = Json.mapper().readTree(run.out());
    assertThat(report.get("version").asText()).isNotBlank();
    assertThat(report.get("command").asText()).isEqualTo("compile");
    assertThat(report.get("has_errors").asBoolean()).isTrue();
    assertThat(codes(report, "fct_revenue")).containsExactlyInAnyOrder("E010", "E012", "E013");
    assertThat(codes(report, "stg_orders")).isEmpty();
    assertThat(codes(report, "dim_customers")).isEmpty();
    assertThat(codes(report, null)).hasSize(3);
  }

  @Test
  void tableOutputPointsAtTheContractLineWithAFix() {
    Path project = TestProjects.copyTo("contracts", dir.resolve("p"));
    CliRun run = CliRun.run(project, true, new LocalWiring(), "compile");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains("error[E010]: required column 'revenue' missing from model output")
        .contains("--> models/fct_revenue.contract.toml:13:")
        .contains("= help:")
        .contains("error: could not compile: 3 errors");
  }

  @Test
  void modelFilterReportsOnlyThatModel() throws Exception {
    Path project = TestProjects.copyTo("contracts", dir.resolve("p"));
    JsonNode clean = Json.mapper().readTree(CliRun.run(project, "compile", "-o", "json", "--model", "dim_customers").out());
    assertThat(clean.get("has_errors").asBoolean()).isFalse();
    assertThat(clean.get("models").asInt()).isEqualTo(1);
    assertThat(clean.get("models_detail").get(0).get("columns").get(1).get("data_type").asText()).isEqualTo("Timestamp");
  }

  @Test
  void fixingTheModelMakesCompilePassAndTheCacheFollows() throws Exception {
    Path project = TestProjects.copyTo("contracts", dir.resolve("p"));
    assertThat(CliRun.run(project, "compile").exitCode()).isEqualTo(1);
    Files.writeString(project.resolve("models/fct_revenue.sql"), """
        SELECT
          COALESCE(customer_id, -1) AS customer_id,
          SUM(amount) AS revenue,
          'all' AS region
        FROM stg_orders
        GROUP BY 1
        """);
    CliRun fixed = CliRun.run(project, "compile", "-o", "json");
    assertThat(fixed.exitCode()).as(fixed.out()).isEqualTo(0);
    assertThat(Files.exists(project.resolve(".rocky/cache/compile.bin"))).isTrue();
  }

  @Test
  void withSeedTypesRawTablesThroughDuckDb() throws Exception {
    Path project = dir.resolve("seeded");
    Files.createDirectories(project.resolve("models"));
    Files.createDirectories(project.resolve("data"));
    Files.writeString(project.resolve("rocky.toml"), "[adapter.local]\ntype = \"duckdb\"\n");
    Files.writeString(project.resolve("data/seed.sql"),
        "CREATE SCHEMA raw;\nCREATE TABLE raw.events (id BIGINT NOT NULL, kind VARCHAR, seen_at TIMESTAMP);\n");
    Files.writeString(project.resolve("models/events.sql"), "SELECT id, kind, seen_at FROM raw.events\n");

    JsonNode plain = Json.mapper().readTree(CliRun.run(project, "compile", "-o", "json").out());
    assertThat(plain.get("models_detail").get(0).get("columns").get(0).get("data_type").asText()).isEqualTo("Unknown");
    JsonNode seeded = Json.mapper().readTree(CliRun.run(project, "compile", "-o", "json", "--with-seed").out());
    JsonNode columns = seeded.get("models_detail").get(0).get("columns");
    assertThat(columns.get(0).get("data_type").asText()).isEqualTo("Int64");
    assertThat(columns.get(0).get("nullable").asBoolean()).isFalse();
    assertThat(columns.get(2).get("data_type").asText()).isEqualTo("Timestamp");
  }

  @Test
  void withWarehouseTypesUndeclaredTablesFromTheTargetAndLaterCompilesUseTheCache() throws Exception {
    Path project = dir.resolve("wh");
    Files.createDirectories(project.resolve("models"));
    Files.writeString(project.resolve("rocky.toml"), """
        [adapter.local]
        type = "duckdb"
        path = "warehouse.duckdb"

        [pipeline.main]
        type = "transformation"

        [pipeline.main.target]
        adapter = "local"
        """);
    Files.writeString(project.resolve("models/events.sql"), "SELECT id, kind FROM crm.events\n");
    try (var warehouse = dev.rocky.adapter.duckdb.DuckDbAdapter.open(project.resolve("warehouse.duckdb"))) {
      warehouse.execute("CREATE SCHEMA crm");
      warehouse.execute("CREATE TABLE crm.events (id BIGINT NOT NULL, kind VARCHAR)");
    }
    JsonNode offline = Json.mapper().readTree(CliRun.run(project, "compile", "-o", "json").out());
    assertThat(offline.get("models_detail").get(0).get("columns").get(0).get("data_type").asText()).isEqualTo("Unknown");

    JsonNode live = Json.mapper().readTree(CliRun.run(project, "compile", "-o", "json", "--with-warehouse").out());
    assertThat(live.get("models_detail").get(0).get("columns").get(0).get("data_type").asText()).isEqualTo("Int64");
    assertThat(live.get("models_detail").get(0).get("columns").get(0).get("nullable").asBoolean()).isFalse();

    // Offline again: the schema the warehouse gave is remembered.
    JsonNode cached = Json.mapper().readTree(CliRun.run(project, "compile", "-o", "json").out());
    assertThat(cached.get("models_detail").get(0).get("columns").get(1).get("data_type").asText()).isEqualTo("String");
  }
}
