package dev.rocky.compiler.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.core.config.AdapterConfig;
import dev.rocky.core.config.ExecutionConfig;
import dev.rocky.core.config.MaskConfig;
import dev.rocky.core.config.TransformationPipeline;
import dev.rocky.core.project.Contract;
import dev.rocky.core.project.Model;
import dev.rocky.core.project.Project;
import dev.rocky.core.project.Strategy;
import dev.rocky.core.types.RockyType;
import dev.rocky.testkit.TestProjects;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The loader on the shop fixture: 27 models over nested directories with defaults. */
class ShopProjectLoadTest {
  private final ProjectLoader loader = new ProjectLoader(Map.of());

  private Project load(LoadOptions options) {
    LoadResult result = loader.load(TestProjects.open(TestProjects.SHOP), options);
    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.project()).isNotNull();
    return result.project();
  }

  @Test
  void loadsEveryModelWithoutDiagnostics() {
    Project p = load(LoadOptions.defaults());
    assertThat(p.models()).hasSize(27);
    assertThat(p.modelsByName()).containsKeys("stg_orders", "int_orders_enriched", "fct_orders", "customer_lifetime_value");
    assertThat(p.models()).extracting(Model::sqlFile).isSorted();
  }

  @Test
  void readsTheConfig() {
    Project p = load(LoadOptions.defaults());
    AdapterConfig local = p.config().adapters().get("local");
    assertThat(local.type()).isEqualTo("duckdb");
    assertThat(local.path()).isEqualTo("shop.duckdb");
    TransformationPipeline shop = (TransformationPipeline) p.config().pipelines().get("shop");
    assertThat(shop.models()).isEqualTo("models/**");
    assertThat(shop.targetAdapter()).isEqualTo("local");
    assertThat(shop.execution().concurrency()).isEqualTo(ExecutionConfig.Concurrency.fixed(4));
    assertThat(p.config().mask().strategyFor("PII", "prod")).contains(MaskConfig.Strategy.REDACT);
    assertThat(p.config().mask().strategyFor("pii", null)).contains(MaskConfig.Strategy.HASH);
  }

  @Test
  void appliesDirectoryDefaultsAndSidecars() {
    Project p = load(LoadOptions.defaults());
    Model products = p.model("stg_products").orElseThrow();
    assertThat(products.sidecarFile()).isNull();
    assertThat(products.target().qualifiedName()).isEqualTo("staging.stg_products");
    assertThat(products.strategy()).isEqualTo(new Strategy.View());
    assertThat(products.config().freshness().maxLagSeconds()).isEqualTo(86400L);

    Model orders = p.model("stg_orders").orElseThrow();
    assertThat(orders.strategy()).isEqualTo(new Strategy.Incremental("updated_at"));
    assertThat(orders.config().tags()).containsEntry("domain", "sales");

    Model revenue = p.model("fct_daily_revenue").orElseThrow();
    assertThat(revenue.target().qualifiedName()).isEqualTo("finance.fct_daily_revenue");
    assertThat(revenue.strategy()).isInstanceOf(Strategy.TimeInterval.class);
    assertThat(revenue.config().freshness().maxLagSeconds()).isEqualTo(3600L);

    Model refunds = p.model("fct_refunds").orElseThrow();
    assertThat(refunds.strategy()).isEqualTo(new Strategy.FullRefresh());
    assertThat(refunds.target().schema()).isEqualTo("finance");

    assertThat(p.model("fct_orders").orElseThrow().strategy())
        .isInstanceOfSatisfying(Strategy.Merge.class, m -> assertThat(m.uniqueKey()).containsExactly("order_id"));
    assertThat(p.model("customer_lifetime_value").orElseThrow().sqlFile()).isEqualTo("models/marts/marketing/clv.sql");
    assertThat(p.model("rpt_delivery_performance").orElseThrow().target().qualifiedName())
        .isEqualTo("marts.delivery_performance");
  }

  @Test
  void findsContractsSourcesSeedsAndSeedSql() {
    Project p = load(new LoadOptions("rocky.toml", "models", "contracts"));
    assertThat(p.contracts()).extracting(Contract::model, Contract::source)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("fct_orders", "auto"),
            org.assertj.core.groups.Tuple.tuple("dim_customers", "explicit"));
    assertThat(p.sources()).hasSize(9);
    assertThat(p.sources().get(0).key()).isEqualTo("raw.customers");
    assertThat(p.sources().get(0).columns().get(0).type()).isEqualTo(RockyType.INT32);
    assertThat(p.seeds()).singleElement().satisfies(s -> assertThat(s.target().qualifiedName()).isEqualTo("reference.country_codes"));
    assertThat(p.seedSql()).contains("CREATE TABLE raw.orders");
  }
}
