package dev.rocky.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rocky.cli.CliRun;
import dev.rocky.cli.output.Json;
import dev.rocky.cli.wiring.LocalWiring;
import dev.rocky.testkit.DbtProjects;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rocky import-dbt} and {@code rocky validate-migration} end to end on the jaffle-shop dbt fixture. */
class ImportDbtCommandTest {
  @TempDir Path dir;

  private Path dbt() {
    return DbtProjects.copyTo(DbtProjects.JAFFLE_SHOP, dir.resolve("jaffle_shop"));
  }

  @Test
  void importsWritesTheProjectAndReportsCountsInJson() throws Exception {
    dbt();
    CliRun run = CliRun.run(dir, "import-dbt", "--dbt-project", "jaffle_shop", "--output-dir", "rocky", "-o", "json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode report = Json.mapper().readTree(run.out());
    assertThat(report.get("command").asText()).isEqualTo("import-dbt");
    assertThat(report.get("version").asText()).isNotBlank();
    assertThat(report.get("output_dir").asText()).isEqualTo(dir.resolve("rocky").toString());
    assertThat(report.get("import_method").asText()).isEqualTo("regex");
    assertThat(report.get("imported").asInt()).isEqualTo(7);
    assertThat(report.get("warnings").asInt()).isEqualTo(2);
    assertThat(report.get("failed").asInt()).isEqualTo(1);
    assertThat(report.get("failed_details").get(0).get("name").asText()).isEqualTo("order_payment_methods");
    assertThat(dir.resolve("rocky/rocky.toml")).exists();
    assertThat(dir.resolve("rocky/MIGRATION-NOTES.md")).exists();
    assertThat(dir.resolve("rocky/untranslated/marts/order_payment_methods.sql")).exists();
    assertThat(Files.readString(dir.resolve("rocky/models/marts/customers.sql"))).contains("@var(min_order_date, 2018-01-01)");
  }

  @Test
  void theImportedProjectCompilesAndValidatesAgainstTheDbtProject() throws Exception {
    dbt();
    assertThat(CliRun.run(dir, "import-dbt", "--dbt-project", "jaffle_shop", "--output-dir", "rocky").exitCode()).isZero();
    Path rocky = dir.resolve("rocky");
    assertThat(CliRun.run(rocky, "compile").exitCode()).isZero();

    CliRun valid = CliRun.run(rocky, "validate-migration", "--dbt-project", "../jaffle_shop", "-o", "json");
    assertThat(valid.exitCode()).as(valid.out() + valid.err()).isZero();
    JsonNode report = Json.mapper().readTree(valid.out());
    assertThat(report.get("command").asText()).isEqualTo("validate-migration");
    assertThat(report.get("compile_ok").asBoolean()).isTrue();
    assertThat(report.get("differences").asInt()).isZero();
    assertThat(report.get("not_translated").get(0).asText()).isEqualTo("order_payment_methods");

    CliRun table = CliRun.run(rocky, true, new LocalWiring(), "validate-migration", "--dbt-project", "../jaffle_shop");
    assertThat(table.out()).contains("migration ok: 7 Rocky models for 8 dbt models, 0 with differences, 1 not translated");
  }

  @Test
  void aDivergedProjectIsReportedAndExits1() throws Exception {
    dbt();
    CliRun.run(dir, "import-dbt", "--dbt-project", "jaffle_shop", "--output-dir", "rocky");
    Path rocky = dir.resolve("rocky");
    Files.writeString(rocky.resolve("models/marts/customers.sql"),
        "select customer_id, first_name from stg_customers\n");
    Files.writeString(rocky.resolve("models/marts/customers.toml"), "[strategy]\ntype = \"full_refresh\"\n");
    Files.delete(rocky.resolve("models/staging/stg_payments.sql"));

    CliRun run = CliRun.run(rocky, "validate-migration", "--dbt-project", "../jaffle_shop", "-o", "json");
    assertThat(run.exitCode()).isEqualTo(1);
    JsonNode report = Json.mapper().readTree(run.out());
    assertThat(report.get("differences").asInt()).isEqualTo(3);
    JsonNode customers = report.get("models").get(0);
    assertThat(customers.get("model").asText()).isEqualTo("customers");
    assertThat(customers.get("missing_dependencies").toString()).isEqualTo("[\"stg_orders\",\"order_payments\"]");
    assertThat(customers.get("missing_columns").toString()).isEqualTo("[\"number_of_orders\",\"customer_lifetime_value\"]");

    CliRun table = CliRun.run(rocky, true, new LocalWiring(), "validate-migration", "--dbt-project", "../jaffle_shop");
    assertThat(table.out()).contains("stg_payments: missing from the Rocky project")
        .contains("customers: dbt also depends on stg_orders, order_payments; columns missing: number_of_orders, customer_lifetime_value");
  }

  @Test
  void tableOutputSummarisesAndPointsAtTheNotes() {
    dbt();
    CliRun run = CliRun.run(dir, true, new LocalWiring(), "import-dbt", "--dbt-project", "jaffle_shop", "--output-dir", "rocky");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("models: 7 imported (2 with warnings), 1 not translated")
        .contains("order_payment_methods: line 1: a {% set %} variable; line 5: a {% for %} loop")
        .contains("orders [is_incremental] line 29")
        .contains("MIGRATION-NOTES.md");
  }

  @Test
  void refusesToOverwriteAProjectWithoutForce() {
    dbt();
    assertThat(CliRun.run(dir, "import-dbt", "--dbt-project", "jaffle_shop", "--output-dir", "rocky").exitCode()).isZero();
    CliRun again = CliRun.run(dir, "import-dbt", "--dbt-project", "jaffle_shop", "--output-dir", "rocky");
    assertThat(again.exitCode()).isEqualTo(1);
    assertThat(again.err()).contains("error[project_exists]: rocky.toml already exists in").contains("--force");
    assertThat(CliRun.run(dir, "import-dbt", "--dbt-project", "jaffle_shop", "--output-dir", "rocky", "--force").exitCode())
        .isZero();
  }

  @Test
  void badInputsAreOneLineErrorsWithAHint() throws Exception {
    Files.createDirectories(dir.resolve("empty"));
    CliRun notDbt = CliRun.run(dir, "import-dbt", "--dbt-project", "empty", "--output-dir", "rocky");
    assertThat(notDbt.exitCode()).isEqualTo(1);
    assertThat(notDbt.err()).contains("error[usage]: no dbt_project.yml in").contains("= help: pass the directory that holds");
    assertThat(notDbt.err()).doesNotContain("Exception").doesNotContain("\tat ");

    dbt();
    CliRun noManifest = CliRun.run(dir, "import-dbt", "--dbt-project", "jaffle_shop", "--output-dir", "r2", "--manifest");
    assertThat(noManifest.exitCode()).isEqualTo(1);
    assertThat(noManifest.err()).contains("--manifest was given but").contains("dbt parse");

    CliRun missingFlag = CliRun.run(dir, "import-dbt", "--dbt-project", "jaffle_shop");
    assertThat(missingFlag.exitCode()).isNotZero();
    assertThat(missingFlag.err()).contains("--output-dir");

    CliRun noProject = CliRun.run(dir, "validate-migration", "--dbt-project", "jaffle_shop", "--project", "nowhere");
    assertThat(noProject.exitCode()).isEqualTo(1);
    assertThat(noProject.err()).contains("error[usage]: no rocky.toml in");
  }
}
