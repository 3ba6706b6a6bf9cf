package dev.rocky.app.catalog.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rocky.catalog.CatalogSite;
import dev.rocky.catalog.SiteReport;
import dev.rocky.catalog.data.ColumnData;
import dev.rocky.catalog.data.ModelData;
import dev.rocky.catalog.data.PrData;
import dev.rocky.catalog.data.RunData;
import dev.rocky.catalog.data.SiteData;
import dev.rocky.compiler.CompileOptions;
import dev.rocky.compiler.CompileResult;
import dev.rocky.compiler.Compiler;
import dev.rocky.core.diagnostic.DiagnosticCode;
import dev.rocky.core.port.CacheStore;
import dev.rocky.core.run.CheckOutcome;
import dev.rocky.core.run.ModelExecution;
import dev.rocky.core.run.RunRecord;
import dev.rocky.testkit.GoldenFiles;
import dev.rocky.testkit.TestProjects;
import dev.rocky.testkit.contract.StateFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogSiteDataTest {
  private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
  private static final CompileResult SHOP = new Compiler(CacheStore.NONE, null)
      .compile(TestProjects.open(TestProjects.SHOP), new CompileOptions("rocky.toml", null, null, Map.of(), List.of(), false,
          Map.of(), 1));

  private static ModelData model(SiteData site, String name) {
    return site.models().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void describesEveryModelWithItsColumnsLineageAndContract() {
    SiteData site = CatalogSiteData.of(SHOP, List.of(), NOW, null);
    assertThat(site.models()).hasSize(SHOP.project().models().size());
    ModelData orders = model(site, "fct_orders");
    assertThat(orders.intent()).startsWith("One row per order");
    assertThat(orders.strategy()).isEqualTo("merge");
    assertThat(orders.strategyDetail()).startsWith("unique_key: order_id; update_columns: order_status");
    assertThat(orders.contract()).isNotNull();
    assertThat(orders.contract().holds()).isTrue();
    assertThat(orders.columns()).extracting(ColumnData::name).contains("order_id", "customer_id");
    assertThat(orders.columns().get(0).description()).isEqualTo("The order's id in the shop database.");
    assertThat(orders.tests()).extracting(t -> t.type() + ":" + t.column()).contains("not_null:order_id", "unique:order_id");
    assertThat(orders.reads()).isNotEmpty().allSatisfy(r -> assertThat(site.models().stream().anyMatch(m -> m.name().equals(r))
        || site.sources().stream().anyMatch(s -> s.name().equals(r))).as(r).isTrue());

    ModelData customers = model(site, "stg_customers");
    ColumnData email = customers.columns().stream().filter(c -> c.name().equals("email")).findFirst().orElseThrow();
    assertThat(email.classification()).isEqualTo("pii");
    assertThat(email.masking()).isEqualTo("hash");
    assertThat(email.description()).isEqualTo("Lower-cased, trimmed email address.");
    assertThat(customers.reads()).contains("raw.customers");
    assertThat(customers.edges()).anySatisfy(e -> assertThat(e.sourceTable()).isEqualTo("raw.customers"));
    assertThat(site.sources()).extracting(s -> s.name()).contains("raw.customers");
  }

  @Test
  void complianceCodesAndDiagnosticsComeAlong() {
    SiteData site = CatalogSiteData.of(SHOP, List.of(), NOW, null);
    assertThat(site.compliance()).isNotNull();
    assertThat(site.compliance().rows()).anySatisfy(r -> {
      assertThat(r.model()).isEqualTo("stg_customers");
      assertThat(r.column()).isEqualTo("email");
      assertThat(r.enforced()).isTrue();
    });
    assertThat(site.codes()).hasSize(DiagnosticCode.values().length);
    assertThat(site.codes()).filteredOn(c -> c.code().equals("E010")).singleElement()
        .satisfies(c -> assertThat(c.markdown()).contains("required"));
    assertThat(site.diagnostics()).hasSize(SHOP.diagnostics().size());
    assertThat(site.project().generatedAt()).isEqualTo(NOW);
  }

  @Test
  void runsWithoutCostSayNotRecordedAndRunsWithCostCarryIt() {
    Instant t = Instant.parse("2026-03-01T00:00:00Z");
    RunRecord priced = StateFixtures.everyField(t, List.of(StateFixtures.everyField("fct_orders", t)));
    RunRecord run = priced.withModelsExecuted(priced.modelsExecuted().stream().map(x -> x.withCostUsd(null)).toList());
    RunData data = Runs.of(run);
    assertThat(data.status()).isEqualTo("PartialFailure");
    assertThat(data.trigger()).isEqualTo("Schedule");
    assertThat(data.costUsd()).isNull();
    assertThat(data.budgetBreaches()).isEmpty();
    ModelExecution e = run.modelsExecuted().get(0);
    assertThat(data.executions()).singleElement().satisfies(x -> {
      assertThat(x.status()).isEqualTo("success");
      assertThat(x.rows()).isEqualTo(e.rowsAffected());
      assertThat(x.costUsd()).isNull();
    });
    RunData costed = Runs.of(priced);
    assertThat(costed.executions()).singleElement().satisfies(x -> assertThat(x.costUsd()).isEqualTo(0.0125));
  }

  @Test
  void readsALineageDiffForThePullRequestPage() throws IOException {
    String json = """
        {"version": "0.1.0", "command": "lineage-diff", "base_ref": "main", "head_ref": "HEAD",
         "results": [
           {"model_name": "stg_orders", "status": "modified", "column_changes": [
             {"column_name": "amount", "change_type": "removed", "old_type": "DECIMAL(10,2)",
              "downstream_consumers": [{"model": "fct_orders", "column": "amount_paid"}], "breaking": true}]},
           {"model_name": "dim_products", "status": "unchanged"}],
         "cost_delta_usd": 0.25}
        """;
    PrData pr = PullRequests.of(new ObjectMapper().readTree(json));
    assertThat(pr.baseRef()).isEqualTo("main");
    assertThat(pr.costDeltaUsd()).isEqualTo(0.25);
    assertThat(pr.models()).singleElement().satisfies(m -> {
      assertThat(m.name()).isEqualTo("stg_orders");
      assertThat(m.columns()).singleElement().satisfies(c -> {
        assertThat(c.breaking()).isTrue();
        assertThat(c.newType()).isNull();
        assertThat(c.consumers()).containsExactly("fct_orders.amount_paid");
      });
    });
  }

  /** A run whose checks on fct_orders found its order ids not null but not unique; an older one found both failing. */
  private static List<RunRecord> checkedRuns() {
    RunRecord older = StateFixtures.minimal(NOW.minusSeconds(7200), List.of()).withCheckOutcomes(List.of(
        new CheckOutcome("not_null:order_id", false, "warehouse.marts.fct_orders"),
        new CheckOutcome("unique:order_id", false, "warehouse.marts.fct_orders")));
    RunRecord newer = StateFixtures.minimal(NOW.minusSeconds(3600), List.of()).withCheckOutcomes(List.of(
        new CheckOutcome("not_null:order_id", true, "marts.fct_orders"),
        new CheckOutcome("unique:order_id", false, "marts.fct_orders"),
        new CheckOutcome("not_null:order_id", false, "marts.fct_other")));
    return List.of(newer, older);
  }

  @Test
  void aTestsLastResultIsTheNewestRecordedCheckOfItsNameOnTheModelsTable() {
    ModelData orders = model(CatalogSiteData.of(SHOP, checkedRuns(), NOW, null), "fct_orders");
    assertThat(orders.tests()).extracting(t -> t.type() + ":" + t.column() + "=" + t.lastResult())
        .contains("not_null:order_id=pass", "unique:order_id=fail");
    ModelData unchecked = model(CatalogSiteData.of(SHOP, List.of(), NOW, null), "fct_orders");
    assertThat(unchecked.tests()).allSatisfy(t -> assertThat(t.lastResult()).isNull());
  }

  @Test
  void theModelPageOfTheShopMatchesItsGoldenFile(@TempDir Path dir) throws IOException {
    SiteReport report = new CatalogSite(2).generate(CatalogSiteData.of(SHOP, checkedRuns(), NOW, null), dir);
    assertThat(report.pages()).isGreaterThan(SHOP.project().models().size());
    GoldenFiles.assertMatches(Path.of("src/test/resources/golden/catalog/fct_orders.html"),
        Files.readString(dir.resolve("models/fct_orders.html")));
  }
}
