package dev.rocky.app.dbt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.compiler.CompileResult;
import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.project.Model;
import dev.rocky.core.project.Strategy;
import dev.rocky.testkit.DbtProjects;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jaffle-shop-shaped dbt fixture imports, compiles and runs on DuckDB with the same row counts
 * as the equivalent hand-written SQL on the seeds; its loop model is reported as not translated.
 */
class JaffleShopImportTest {
  @TempDir Path dir;

  private static ImportResult importJaffle() {
    return new DbtImporter().run(DbtProjects.open(DbtProjects.JAFFLE_SHOP), DbtImportOptions.defaults());
  }

  @Test
  void theReportCountsWhatWasImportedWarnedAndFailed() {
    ImportReport r = importJaffle().report();
    assertThat(r.importMethod()).isEqualTo("regex");
    assertThat(r.projectName()).isEqualTo("jaffle_shop");
    assertThat(r.imported()).isEqualTo(7);
    assertThat(r.warnings()).isEqualTo(2);
    assertThat(r.failed()).isEqualTo(1);
    assertThat(r.importedModels()).containsExactly("customers", "order_payments", "orders", "recent_orders",
        "stg_customers", "stg_orders", "stg_payments");
    assertThat(r.failedDetails()).singleElement().satisfies(f -> {
      assertThat(f.name()).isEqualTo("order_payment_methods");
      assertThat(f.reason()).contains("line 1: a {% set %} variable").contains("line 5: a {% for %} loop");
      assertThat(f.keptAt()).isEqualTo("untranslated/marts/order_payment_methods.sql");
    });
    assertThat(r.warningDetails()).extracting(ImportReport.Warning::model, ImportReport.Warning::category)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("orders", "is_incremental"),
            org.assertj.core.groups.Tuple.tuple("orders", "test"),
            org.assertj.core.groups.Tuple.tuple("recent_orders", "is_incremental"));
    assertThat(r.sourcesFound()).isEqualTo(2);
    assertThat(r.sourcesMapped()).isEqualTo(2);
    assertThat(r.testsFound()).isEqualTo(18);
    assertThat(r.testsConverted()).isEqualTo(17);
    assertThat(r.testsSkipped()).isEqualTo(1);
    assertThat(r.unitTestsFound()).isEqualTo(1);
    assertThat(r.unitTestsConverted()).isEqualTo(1);
    assertThat(r.seeds()).isEqualTo(3);
    assertThat(r.notMigrated()).anyMatch(n -> n.contains("singular test tests/assert_total_payment_amount_is_positive.sql"))
        .anyMatch(n -> n.contains("cents_to_dollars"));
  }

  @Test
  void untranslatedJinjaIsNeverDroppedSilently() {
    Map<String, String> files = importJaffle().files();
    assertThat(files).doesNotContainKey("models/marts/order_payment_methods.sql");
    assertThat(files.get("untranslated/marts/order_payment_methods.sql"))
        .startsWith("-- TODO(rocky import-dbt): model 'order_payment_methods' was NOT translated (Rocky has no Jinja runtime):")
        .contains("{% for payment_method in payment_methods -%}");
    assertThat(files.get("models/marts/orders.sql"))
        .contains("-- TODO(rocky import-dbt): is_incremental() block not translated")
        .contains("-- where orders.order_date >= (select max(order_date) from {{ this }})");
    assertThat(files.get("models/marts/orders.sql").lines().filter(l -> l.contains("{%") || l.contains("{{")))
        .isNotEmpty().allMatch(l -> l.startsWith("-- "));
    assertThat(files.get("MIGRATION-NOTES.md"))
        .contains("**order_payment_methods** (`models/marts/order_payment_methods.sql`): line 1: a {% set %} variable")
        .contains("**orders** [is_incremental]")
        .contains("Loops, `{% set %}`, other `{% if %}`s and macro calls are not translated");
  }

  @Test
  void refsSourcesVarsAndConfigsTranslate() {
    Map<String, String> files = importJaffle().files();
    assertThat(files.get("models/staging/stg_customers.sql")).contains("select * from raw.raw_customers");
    assertThat(files.get("models/staging/stg_orders.sql")).contains("select * from raw.raw_orders");
    assertThat(files.get("models/marts/customers.sql"))
        .contains("select * from stg_customers")
        .contains("where order_date >= cast('@var(min_order_date, 2018-01-01)' as date)")
        .contains("-- One row per customer");
    assertThat(files.get("models/marts/orders.toml"))
        .contains("depends_on = [\"stg_orders\", \"order_payments\"]")
        .contains("[strategy]\ntype = \"merge\"\nunique_key = [\"order_id\"]")
        .contains("[[tests]]\ntype = \"relationships\"\ncolumn = \"customer_id\"\nto_table = \"customers\"\nto_column = \"customer_id\"")
        .contains("type = \"in_range\"\ncolumn = \"amount\"\nmin = \"0\"")
        .contains("type = \"expression\"\nexpression = \"amount >= 0\"");
    assertThat(files.get("models/marts/recent_orders.toml")).contains("type = \"incremental\"\ntimestamp_column = \"order_date\"");
    assertThat(files.get("models/marts/order_payments.toml")).contains("type = \"ephemeral\"")
        .contains("[[test]]\nname = \"order_payments_adds_up_payments\"")
        .contains("[[test.given]]\nref = \"stg_payments\"")
        .contains("{ payment_id = 1, order_id = 1, payment_method = \"coupon\", amount = 10.0 },")
        .contains("[test.expect]");
    assertThat(files.get("models/staging/stg_orders.toml")).contains("type = \"view\"");
    assertThat(files.get("sources/jaffle_raw.toml")).contains("schema = \"raw\"\nname = \"raw_orders\"");
    assertThat(files.get("sources/seeds.toml")).contains("name = \"raw_customers\"").doesNotContain("name = \"raw_orders\"");
    assertThat(files.get("seeds/raw_orders.toml")).contains("[target]\nschema = \"raw\"").contains("order_date = \"DATE\"");
  }

  @Test
  void theImportedProjectCompilesAndRunsOnDuckDbLikeTheEquivalentSql() throws Exception {
    Path project = ImportedProject.write(importJaffle(), dir.resolve("rocky"));
    CompileResult compiled = ImportedProject.compile(project);
    assertThat(compiled.diagnostics()).filteredOn(Diagnostic::isError).isEmpty();
    assertThat(compiled.project().models()).hasSize(7);
    assertThat(compiled.dag().upstreamOf("customers")).containsExactlyInAnyOrder("stg_customers", "stg_orders", "order_payments");
    assertThat(compiled.project().model("orders").map(Model::strategy)).containsInstanceOf(Strategy.Merge.class);
    assertThat(compiled.schemas().get("customers").columns()).hasSize(7);

    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      ImportedProject.run(c, project, compiled);
      assertThat(ImportedProject.count(c, "SELECT count(*) FROM stg_customers"))
          .isEqualTo(ImportedProject.count(c, "SELECT count(*) FROM raw.raw_customers")).isEqualTo(10);
      assertThat(ImportedProject.count(c, "SELECT count(*) FROM stg_orders"))
          .isEqualTo(ImportedProject.count(c, "SELECT count(*) FROM raw.raw_orders")).isEqualTo(15);
      assertThat(ImportedProject.count(c, "SELECT count(*) FROM stg_payments"))
          .isEqualTo(ImportedProject.count(c, "SELECT count(*) FROM raw.raw_payments")).isEqualTo(18);
      assertThat(ImportedProject.count(c, "SELECT count(*) FROM order_payments"))
          .isEqualTo(ImportedProject.count(c, "SELECT count(DISTINCT order_id) FROM raw.raw_payments")).isEqualTo(14);
      assertThat(ImportedProject.count(c, "SELECT count(*) FROM orders"))
          .isEqualTo(ImportedProject.count(c, "SELECT count(*) FROM raw.raw_orders"));
      assertThat(ImportedProject.count(c, "SELECT count(*) FROM recent_orders"))
          .isEqualTo(ImportedProject.count(c, "SELECT count(*) FROM raw.raw_orders WHERE status != 'returned'")).isEqualTo(13);
      assertThat(ImportedProject.count(c, "SELECT count(*) FROM customers"))
          .isEqualTo(ImportedProject.count(c, "SELECT count(*) FROM raw.raw_customers"));
      // The var's default (orders since 2018-01-01) applies: the two 2017 orders are not counted.
      assertThat(ImportedProject.count(c, "SELECT sum(number_of_orders) FROM customers"))
          .isEqualTo(ImportedProject.count(c, "SELECT count(*) FROM raw.raw_orders WHERE order_date >= DATE '2018-01-01'"))
          .isEqualTo(13);
      assertThat(ImportedProject.number(c, "SELECT sum(customer_lifetime_value) FROM customers"))
          .isEqualTo(ImportedProject.number(c, "SELECT sum(p.amount) / 100.0 FROM raw.raw_payments p"
              + " JOIN raw.raw_orders o ON p.order_id = o.id WHERE o.order_date >= DATE '2018-01-01'"));
      assertThat(ImportedProject.count(c, "SELECT count(*) FROM customers WHERE number_of_orders IS NULL")).isEqualTo(2);
    }
  }
}
