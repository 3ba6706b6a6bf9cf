package dev.rocky.planner.replication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rocky.core.config.ReplicationPipeline;
import dev.rocky.core.config.ReplicationPipeline.Match;
import dev.rocky.core.config.ReplicationPipeline.SchemaPattern;
import dev.rocky.core.config.ReplicationPipeline.TableOverride;
import dev.rocky.core.source.DiscoveredSource;
import dev.rocky.core.source.DiscoveredTable;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReplicationPlannerTest {

  static ReplicationPipeline pipeline(String strategy, List<TableOverride> overrides) {
    return new ReplicationPipeline(strategy, "_synced", List.of("id"), null, null,
        new ReplicationPipeline.Source(null, null, null, new SchemaPattern("src__", "__", List.of("tenant", "source"))),
        new ReplicationPipeline.Target(null, "{tenant}_wh", "staging__{source}", null), overrides, null, null, null,
        null, null);
  }

  private static DiscoveredSource source(String schema, String... tables) {
    return new DiscoveredSource(schema, schema, "duckdb", null, List.of(tables).stream().map(DiscoveredTable::named).toList());
  }

  private final List<DiscoveredSource> sources = List.of(
      source("src__acme__shopify", "orders", "customers"),
      source("src__globex__stripe", "charges"),
      source("other", "ignored"));

  @Test
  void routesEveryTableOfEveryMatchingSchemaToItsTemplatedTarget() {
    ReplicationPlan plan = new ReplicationPlanner("bronze", pipeline("incremental", List.of()), "globex_wh")
        .plan(sources, Map.of());
    assertThat(plan.tasks()).extracting(t -> t.source().qualifiedName() + " -> " + t.target().qualifiedName())
        .containsExactly("src__acme__shopify.orders -> acme_wh.staging__shopify.orders",
            "src__acme__shopify.customers -> acme_wh.staging__shopify.customers",
            "src__globex__stripe.charges -> staging__stripe.charges");
    assertThat(plan.tasks().getFirst().assetKey()).containsExactly("duckdb", "acme", "shopify", "orders");
    assertThat(plan.tasks().getFirst().strategy()).isEqualTo(new CopyStrategy.Incremental("_synced"));
  }

  @Test
  void filterKeepsSourcesWhoseComponentHasTheValue() {
    ReplicationPlanner planner = new ReplicationPlanner("bronze", pipeline("full_refresh", List.of()), null);
    assertThat(planner.plan(sources, Map.of("tenant", "globex")).tasks()).extracting(t -> t.source().table())
        .containsExactly("charges");
    assertThat(planner.plan(sources, Map.of("table", "orders")).tasks()).hasSize(1);
    assertThatThrownBy(() -> planner.plan(sources, Map.of("client", "acme")))
        .isInstanceOf(ReplicationException.class).hasMessageContaining("'client' is not a component");
  }

  @Test
  void overridesResolveFieldByFieldMostSpecificFirst() {
    List<TableOverride> overrides = List.of(
        new TableOverride(new Match("src__acme__*", null), "full_refresh", null, null, null, null),
        new TableOverride(new Match(null, "orders"), "merge", List.of("order_id"), null, null, null),
        new TableOverride(new Match("src__globex__stripe", "charges"), null, null, null, null, false));
    ReplicationPlan plan = new ReplicationPlanner("bronze", pipeline("incremental", overrides), null).plan(sources, Map.of());
    assertThat(plan.tasks()).extracting(t -> t.source().table() + ":" + t.strategy())
        .containsExactly("orders:" + new CopyStrategy.Merge(List.of("order_id"), List.of()),
            "customers:" + new CopyStrategy.FullRefresh());
    assertThat(plan.excluded()).singleElement().extracting(ExcludedTable::reason).isEqualTo("disabled_by_override");
  }

  @Test
  void twoOverridesOfOneTierDisagreeingIsAnError() {
    List<TableOverride> overrides = List.of(
        new TableOverride(new Match(null, "ord*"), "merge", null, null, null, null),
        new TableOverride(new Match(null, "*ers"), "full_refresh", null, null, null, null));
    assertThatThrownBy(() -> new ReplicationPlanner("bronze", pipeline("incremental", overrides), null).plan(sources, Map.of()))
        .isInstanceOf(ReplicationException.class).hasMessageContaining("same specificity set strategy");
  }
}
