package dev.rocky.compiler.load;

import static dev.rocky.compiler.load.Fixtures.load;
import static dev.rocky.compiler.load.Fixtures.project;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.core.project.Model;
import dev.rocky.core.project.ModelConfig;
import dev.rocky.core.project.Project;
import dev.rocky.core.project.Strategy;
import dev.rocky.core.project.TargetRef;
import dev.rocky.testkit.InMemoryProjectSource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Model discovery, sidecars, directory defaults and their precedence. */
class ModelLoadingTest {

  private static Project loadClean(InMemoryProjectSource source) {
    LoadResult r = load(source);
    assertThat(r.diagnostics()).isEmpty();
    return r.project();
  }

  @Test
  void nameDefaultsToTheStemAndTableToTheName() {
    Project p = loadClean(project()
        .put("models/stg_orders.sql", "SELECT 1 AS id")
        .put("models/b.sql", "SELECT 1 AS id")
        .put("models/b.toml", "name = \"orders_v2\"\n"));
    Model a = p.model("stg_orders").orElseThrow();
    assertThat(a.config()).isEqualTo(ModelConfig.defaults("stg_orders"));
    assertThat(a.sidecarFile()).isNull();
    assertThat(a.sql()).isEqualTo("SELECT 1 AS id");
    Model b = p.model("orders_v2").orElseThrow();
    assertThat(b.target()).isEqualTo(new TargetRef(null, null, "orders_v2"));
    assertThat(b.sidecarFile()).isEqualTo("models/b.toml");
    assertThat(b.config().declaredKeys()).containsExactly("name");
  }

  @Test
  void nearestDefaultsWinAndTheSidecarWinsOverAll() {
    Project p = loadClean(project()
        .put("models/_defaults.toml", """
            intent = "Shop model."
            [target]
            catalog = "shop"
            schema = "base"
            [strategy]
            type = "view"
            """)
        .put("models/marts/_defaults.toml", "[target]\nschema = \"marts\"\n")
        .put("models/marts/finance/_defaults.toml", "[strategy]\ntype = \"full_refresh\"\n")
        .put("models/top.sql", "SELECT 1")
        .put("models/marts/dim.sql", "SELECT 1")
        .put("models/marts/finance/rev.sql", "SELECT 1")
        .put("models/marts/finance/own.sql", "SELECT 1")
        .put("models/marts/finance/own.toml", """
            intent = "Own."
            [target]
            schema = "finance"
            table = "revenue_own"
            [strategy]
            type = "merge"
            unique_key = ["id"]
            """));
    assertThat(p.model("top").orElseThrow().target().qualifiedName()).isEqualTo("shop.base.top");
    assertThat(p.model("top").orElseThrow().strategy()).isEqualTo(new Strategy.View());
    assertThat(p.model("dim").orElseThrow().target().qualifiedName()).isEqualTo("shop.marts.dim");
    assertThat(p.model("dim").orElseThrow().strategy()).isEqualTo(new Strategy.View());
    Model rev = p.model("rev").orElseThrow();
    assertThat(rev.target().qualifiedName()).isEqualTo("shop.marts.rev");
    assertThat(rev.strategy()).isEqualTo(new Strategy.FullRefresh());
    assertThat(rev.config().intent()).isEqualTo("Shop model.");
    Model own = p.model("own").orElseThrow();
    assertThat(own.target().qualifiedName()).isEqualTo("shop.finance.revenue_own");
    assertThat(own.strategy()).isEqualTo(new Strategy.Merge(List.of("id"), null));
    assertThat(own.config().intent()).isEqualTo("Own.");
  }

  @Test
  void mapsEverySidecarSection() {
    Model m = loadClean(project().put("models/fct.sql", "SELECT 1").put("models/fct.toml", """
        name = "fct"
        depends_on = ["stg"]
        adapter = "local"
        format = "delta_table"
        retention = "90d"

        [format_options]
        partition_by = ["day"]

        [[sources]]
        schema = "raw"
        table = "orders"

        [freshness]
        expected_lag_seconds = 60

        [classification]
        email = "pii"

        [tags]
        domain = "sales"

        [governance.tags]
        cost_center = "42"

        [budget]
        max_usd = 2.5
        on_breach = "error"

        [skip]
        eligible = false

        [[surrogate_key]]
        name = "sk"
        columns = ["a", "b"]

        [columns.email]
        description = "Where we write."

        [[tests]]
        type = "not_null"
        column = "id"

        [[use_test]]
        name = "positive"
        column = "amount"

        [[test]]
        name = "sums"
        [[test.given]]
        ref = "stg"
        rows = [{ id = 1 }]
        [test.expect]
        rows = [{ id = 1 }]
        """)).model("fct").orElseThrow();
    ModelConfig c = m.config();
    assertThat(c.dependsOn()).containsExactly("stg");
    assertThat(c.adapter()).isEqualTo("local");
    assertThat(c.format()).isEqualTo("delta_table");
    assertThat(c.retention()).isEqualTo("90d");
    assertThat(c.formatOptions()).isEqualTo(Map.of("partition_by", List.of("day")));
    assertThat(c.sources()).containsExactly(new TargetRef(null, "raw", "orders"));
    assertThat(c.freshness().maxLagSeconds()).isEqualTo(60L);
    assertThat(c.classification()).isEqualTo(Map.of("email", "pii"));
    assertThat(c.tags()).isEqualTo(Map.of("domain", "sales"));
    assertThat(c.governanceTags()).isEqualTo(Map.of("cost_center", "42"));
    assertThat(c.budget()).isEqualTo(Map.of("max_usd", 2.5, "on_breach", "error"));
    assertThat(c.skip()).isEqualTo(new ModelConfig.Skip(false, null));
    assertThat(c.surrogateKeys()).containsExactly(new ModelConfig.SurrogateKey("sk", List.of("a", "b")));
    assertThat(c.columnDescriptions()).isEqualTo(Map.of("email", "Where we write."));
    assertThat(c.tests()).containsExactly(Map.of("type", "not_null", "column", "id"));
    assertThat(c.useTests()).containsExactly(Map.of("name", "positive", "column", "amount"));
    assertThat(c.unitTests()).singleElement().satisfies(t -> assertThat(t).containsKeys("name", "given", "expect"));
    assertThat(c.declaredKeys()).contains("name", "depends_on", "tags", "tags.domain", "format_options.partition_by");
  }

  @Test
  void valuesFromVariablesAreNotDeclaredLiterally() {
    LoadResult r = load(project().put("models/a.sql", "SELECT 1").put("models/a.toml", "name = \"${NAME:-a}\"\n"));
    assertThat(r.project().model("a").orElseThrow().config().declaredKeys()).doesNotContain("name");
  }

  @Test
  void inlineFrontmatterIsASidecarWhenThereIsNone() {
    Model m = loadClean(project().put("models/legacy.sql", """
        ---toml
        [strategy]
        type = "view"
        ---
        SELECT 1 AS id
        """)).model("legacy").orElseThrow();
    assertThat(m.strategy()).isEqualTo(new Strategy.View());
    assertThat(m.sql()).isEqualTo("SELECT 1 AS id\n");
    LoadResult bad = load(project().put("models/legacy.sql", "---toml\nintent = \"x\"\nstrategee = 1\n---\nSELECT 1\n"));
    assertThat(bad.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.span().file()).isEqualTo("models/legacy.sql");
      assertThat(d.span().line()).isEqualTo(3);
    });
  }

  @Test
  void modelsDirectoryComesFromThePipelineGlobWhenNotGiven() {
    InMemoryProjectSource source = new InMemoryProjectSource()
        .put("rocky.toml", "[pipeline.t]\ntype = \"transformation\"\nmodels = \"transforms/**/*.sql\"\n")
        .put("transforms/a.sql", "SELECT 1");
    LoadResult r = new ProjectLoader(Map.of()).load(source, new LoadOptions("rocky.toml", null, null));
    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.project().models()).extracting(Model::sqlFile).containsExactly("transforms/a.sql");
  }

  @Test
  void severalPipelinesLoadTheDirectoryHoldingAllTheirGlobs() {
    InMemoryProjectSource source = new InMemoryProjectSource()
        .put("rocky.toml", """
            [pipeline.marts]
            type = "transformation"
            models = "models/marts/**"
            [pipeline.staging]
            type = "transformation"
            models = "models/staging/**"
            """)
        .put("models/marts/m.sql", "SELECT 1")
        .put("models/staging/s.sql", "SELECT 1");
    LoadResult r = new ProjectLoader(Map.of()).load(source, new LoadOptions("rocky.toml", null, null));
    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.project().models()).extracting(Model::sqlFile)
        .containsExactlyInAnyOrder("models/marts/m.sql", "models/staging/s.sql");
  }

  @Test
  void otherFilesInTheModelsTreeAreNotModels() {
    Project p = loadClean(project()
        .put("models/a.sql", "SELECT 1")
        .put("models/README.md", "# models")
        .put("models/orphan.toml", "whatever = 1\n")
        .put("models/groups/x.toml", "schema_template = \"s\"\n"));
    assertThat(p.models()).extracting(Model::name).containsExactly("a");
  }
}
