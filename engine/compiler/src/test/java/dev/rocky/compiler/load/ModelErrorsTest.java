package dev.rocky.compiler.load;

import static dev.rocky.compiler.load.Fixtures.load;
import static dev.rocky.compiler.load.Fixtures.only;
import static dev.rocky.compiler.load.Fixtures.project;
import static dev.rocky.compiler.load.Fixtures.single;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.diagnostic.DiagnosticCode;
import dev.rocky.core.project.Model;
import dev.rocky.core.project.Strategy;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bad model files: each problem is reported against its file and line, and loading goes on. */
class ModelErrorsTest {

  @Test
  void unknownSidecarKeySuggestsTheClosest() {
    LoadResult r = load(project()
        .put("models/orders.sql", "SELECT 1 AS id")
        .put("models/orders.toml", """
            intent = "Orders."
            depend_on = ["customers"]
            """));
    Diagnostic d = single(r);
    assertThat(d.code()).isEqualTo(DiagnosticCode.V030);
    assertThat(d.message()).isEqualTo("unknown key 'depend_on' in the top level");
    assertThat(d.span()).extracting(s -> s.file(), s -> s.line(), s -> s.col()).containsExactly("models/orders.toml", 2, 1);
    assertThat(d.suggestion()).startsWith("did you mean 'depends_on'?");
    assertThat(d.model()).isEqualTo("orders");
    assertThat(r.hasErrors()).isTrue();
    assertThat(r.project().model("orders").orElseThrow().config().intent()).isEqualTo("Orders.");
  }

  @Test
  void malformedSidecarUsesTheParserPositionAndKeepsTheModel() {
    LoadResult r = load(project()
        .put("models/a.sql", "SELECT 1 AS id")
        .put("models/a.toml", "[strategy]\ntype = \"merge\"\nunique_key = [\"id\"\n")
        .put("models/b.sql", "SELECT 2 AS id"));
    Diagnostic d = single(r);
    assertThat(d.code()).isEqualTo(DiagnosticCode.V030);
    assertThat(d.span().file()).isEqualTo("models/a.toml");
    assertThat(d.span().line()).isBetween(3, 4);
    assertThat(d.message()).startsWith("invalid TOML in models/a.toml");
    assertThat(r.project().models()).extracting(Model::name).containsExactly("a", "b");
  }

  @Test
  void unsetVariableInASidecarIsV030() {
    Diagnostic d = single(load(project()
        .put("models/a.sql", "SELECT 1 AS id")
        .put("models/a.toml", "[target]\nschema = \"${TARGET_SCHEMA}\"\n")));
    assertThat(d.code()).isEqualTo(DiagnosticCode.V030);
    assertThat(d.message()).contains("TARGET_SCHEMA").contains("models/a.toml");
    assertThat(d.span()).extracting(s -> s.line(), s -> s.col()).containsExactly(2, 11);
    assertThat(d.suggestion()).isEqualTo("export TARGET_SCHEMA=... or write ${TARGET_SCHEMA:-default}");
  }

  @Test
  void unknownStrategyTypeListsTheValidTypes() {
    LoadResult r = load(project()
        .put("models/a.sql", "SELECT 1 AS id")
        .put("models/a.toml", "intent = \"x\"\n\n[strategy]\ntype = \"upsert\"\n"));
    Diagnostic d = single(r);
    assertThat(d.code()).isEqualTo(DiagnosticCode.V030);
    assertThat(d.message()).isEqualTo("unknown type 'upsert' in [strategy]");
    assertThat(d.span().file()).isEqualTo("models/a.toml");
    assertThat(d.span().line()).isEqualTo(3);
    assertThat(d.suggestion()).contains("full_refresh, incremental, merge, delete_insert, time_interval, microbatch, "
        + "ephemeral, view, materialized_view");
    Model a = r.project().model("a").orElseThrow();
    assertThat(a.strategy()).isEqualTo(new Strategy.FullRefresh());
    assertThat(a.config().intent()).isEqualTo("x");
  }

  @Test
  void strategyMissingItsRequiredKey() {
    Diagnostic d = single(load(project()
        .put("models/a.sql", "SELECT 1 AS id")
        .put("models/a.toml", "[strategy]\ntype = \"incremental\"\n")));
    assertThat(d.message()).isEqualTo("missing required key 'timestamp_column' in [strategy]");
    assertThat(d.span().line()).isEqualTo(1);
    assertThat(d.suggestion()).isEqualTo("add timestamp_column = ...");
  }

  @Test
  void invalidGranularity() {
    Diagnostic d = single(load(project()
        .put("models/a.sql", "SELECT 1 AS id")
        .put("models/a.toml", "[strategy]\ntype = \"time_interval\"\ntime_column = \"d\"\ngranularity = \"week\"\n")));
    assertThat(d.message()).isEqualTo("invalid value 'week' for 'granularity' in [strategy]");
    assertThat(d.span().line()).isEqualTo(4);
    assertThat(d.suggestion()).isEqualTo("set granularity to one of: hour, day, month, year");
  }

  @Test
  void duplicateModelNamesAreReportedOnEachFile() {
    LoadResult r = load(project()
        .put("models/a/orders.sql", "SELECT 1 AS id")
        .put("models/b/orders.sql", "SELECT 2 AS id")
        .put("models/b/orders.toml", "intent = \"Second.\"\nname = \"orders\"\n"));
    assertThat(r.diagnostics()).extracting(Diagnostic::code).containsOnly(DiagnosticCode.V030).hasSize(2);
    Diagnostic first = r.diagnostics().get(0);
    assertThat(first.message()).isEqualTo("duplicate model name 'orders': also defined in models/b/orders.sql");
    assertThat(first.span().file()).isEqualTo("models/a/orders.sql");
    assertThat(first.suggestion()).contains("unique");
    Diagnostic second = r.diagnostics().get(1);
    assertThat(second.message()).isEqualTo("duplicate model name 'orders': also defined in models/a/orders.sql");
    assertThat(second.span()).extracting(s -> s.file(), s -> s.line()).containsExactly("models/b/orders.toml", 2);
    assertThat(r.diagnostics()).noneMatch(x -> x.code() == DiagnosticCode.E036);
  }

  @Test
  void twoModelsWritingOneTableAreE036OnEach() {
    LoadResult r = load(project()
        .put("models/orders_v1.sql", "SELECT 1 AS id")
        .put("models/orders_v1.toml", "[target]\nschema = \"Marts\"\ntable = \"ORDERS\"\n")
        .put("models/orders_v2.sql", "SELECT 2 AS id")
        .put("models/orders_v2.toml", "intent = \"New.\"\n[target]\nschema = \"marts\"\ntable = \"orders\"\n")
        .put("models/orders_tmp.sql", "SELECT 3 AS id")
        .put("models/orders_tmp.toml", "[strategy]\ntype = \"ephemeral\"\n[target]\nschema = \"marts\"\ntable = \"orders\"\n"));
    assertThat(r.diagnostics()).hasSize(2).allMatch(d -> d.code() == DiagnosticCode.E036);
    Diagnostic v1 = r.diagnostics().stream().filter(d -> "orders_v1".equals(d.model())).findFirst().orElseThrow();
    assertThat(v1.message()).isEqualTo("model 'orders_v1' writes Marts.ORDERS, as do: orders_v2");
    assertThat(v1.span()).extracting(s -> s.file(), s -> s.line()).containsExactly("models/orders_v1.toml", 1);
    Diagnostic v2 = r.diagnostics().stream().filter(d -> "orders_v2".equals(d.model())).findFirst().orElseThrow();
    assertThat(v2.message()).contains("as do: orders_v1");
    assertThat(v2.span().line()).isEqualTo(2);
    assertThat(v2.suggestion()).contains("[target]");
  }

  @Test
  void missingModelsDirectoryIsV025() {
    LoadResult r = load(project());
    Diagnostic d = only(r, DiagnosticCode.V025);
    assertThat(d.message()).isEqualTo("models directory 'models' does not exist");
    assertThat(d.span().file()).isEqualTo("models");
    assertThat(d.suggestion()).contains("create 'models/'");
    assertThat(r.project()).isNotNull();
  }

  @Test
  void missingModelsDirectoryIsFineForAReplicationOnlyProject() {
    LoadResult r = load(Fixtures.config("""
        [adapter.fivetran]
        type = "fivetran"
        kind = "discovery"

        [pipeline.raw]
        strategy = "full_refresh"
        """).remove("models/m.sql"));
    assertThat(r.diagnostics()).isEmpty();
  }

  @Test
  void unreadableModelsDirectoryIsV025() {
    LoadResult r = load(project().put("models/a.sql", "SELECT 1").unreadable("models"));
    Diagnostic d = only(r, DiagnosticCode.V025);
    assertThat(d.message()).startsWith("models directory 'models' cannot be read").contains("Permission denied");
    assertThat(d.span().file()).isEqualTo("models");
    assertThat(d.suggestion()).contains("readable");
  }

  @Test
  void unreadableModelFileIsV030AndTheOthersLoad() {
    LoadResult r = load(project().put("models/a.sql", "SELECT 1").put("models/b.sql", "SELECT 2").unreadable("models/a.sql"));
    Diagnostic d = single(r);
    assertThat(d.code()).isEqualTo(DiagnosticCode.V030);
    assertThat(d.span().file()).isEqualTo("models/a.sql");
    assertThat(r.project().models()).extracting(Model::name).containsExactly("b");
  }

  @Test
  void defaultsFileMaySetOnlyItsFiveKeys() {
    LoadResult r = load(project()
        .put("models/_defaults.toml", "[target]\nschema = \"s\"\ntable = \"t\"\n")
        .put("models/a.sql", "SELECT 1"));
    Diagnostic d = single(r);
    assertThat(d.message()).isEqualTo("unknown key 'table' in [target]");
    assertThat(d.span()).extracting(s -> s.file(), s -> s.line()).containsExactly("models/_defaults.toml", 3);
    assertThat(d.suggestion()).contains("_defaults.toml may set only target.catalog, target.schema, strategy, intent and freshness");
    assertThat(r.project().model("a").orElseThrow().target().qualifiedName()).isEqualTo("s.a");
  }

  @Test
  void invalidRetention() {
    Diagnostic d = single(load(project().put("models/a.sql", "SELECT 1").put("models/a.toml", "retention = \"0d\"\n")));
    assertThat(d.message()).contains("invalid retention '0d'");
    assertThat(d.span().line()).isEqualTo(1);
  }

  @Test
  void collectsProblemsFromEveryFile() {
    LoadResult r = load(project()
        .put("models/a.sql", "SELECT 1").put("models/a.toml", "nme = \"x\"\n")
        .put("models/b.sql", "SELECT 1").put("models/b.toml", "intent = 3\ncolour = \"red\"\n")
        .put("models/c.sql", "SELECT 1"), Map.of());
    assertThat(r.diagnostics()).extracting(d -> d.span().file() + ":" + d.span().line())
        .containsExactly("models/a.toml:1", "models/b.toml:1", "models/b.toml:2");
    assertThat(r.diagnostics().get(1).message()).isEqualTo("'intent' in the top level must be a string");
    assertThat(r.project().models()).hasSize(3);
  }
}
