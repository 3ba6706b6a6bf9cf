package dev.rocky.compiler.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.compiler.load.LoadOptions;
import dev.rocky.compiler.load.LoadResult;
import dev.rocky.compiler.load.ProjectLoader;
import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.diagnostic.DiagnosticCode;
import dev.rocky.core.diagnostic.Severity;
import dev.rocky.testkit.InMemoryProjectSource;
import dev.rocky.testkit.TestProjects;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigValidatorTest {
  private final ConfigValidator validator = new ConfigValidator();

  private static LoadResult load(InMemoryProjectSource source) {
    LoadResult r = new ProjectLoader(Map.of()).load(source, LoadOptions.defaults());
    assertThat(r.diagnostics()).as("load diagnostics").isEmpty();
    return r;
  }

  private List<Diagnostic> validate(String rockyToml) {
    return validator.validate(load(new InMemoryProjectSource().put("rocky.toml", rockyToml).put("models/m.sql", "SELECT 1")));
  }

  private static List<String> codes(List<Diagnostic> ds) {
    return ds.stream().map(d -> d.code().code()).toList();
  }

  private static Diagnostic first(List<Diagnostic> ds, DiagnosticCode code) {
    return ds.stream().filter(d -> d.code() == code).findFirst().orElseThrow(() -> new AssertionError(code + " in " + ds));
  }

  @Test
  void theShopFixtureIsValid() {
    List<Diagnostic> ds = validator.validate(load(TestProjects.open(TestProjects.SHOP)));
    assertThat(ds).extracting(Diagnostic::code, Diagnostic::severity, Diagnostic::message).containsExactly(
        org.assertj.core.groups.Tuple.tuple(DiagnosticCode.V010, Severity.Info, "adapter 'local' (duckdb) ok"),
        org.assertj.core.groups.Tuple.tuple(DiagnosticCode.V020, Severity.Info, "pipeline 'shop': transformation / models='models/**'"));
    assertThat(ds.get(0).span().file()).isEqualTo("rocky.toml");
  }

  @Test
  void nothingToValidateWhenTheProjectDidNotLoad() {
    LoadResult failed = new ProjectLoader(Map.of()).load(new InMemoryProjectSource(), LoadOptions.defaults());
    assertThat(validator.validate(failed)).isEmpty();
  }

  @Test
  void emptyConfigWarnsAboutAdaptersAndPipelines() {
    List<Diagnostic> ds = validate("");
    assertThat(ds).extracting(Diagnostic::code, Diagnostic::severity).containsExactly(
        org.assertj.core.groups.Tuple.tuple(DiagnosticCode.V010, Severity.Warning),
        org.assertj.core.groups.Tuple.tuple(DiagnosticCode.V020, Severity.Warning));
    assertThat(ds.get(0).suggestion()).contains("[adapter.<name>]");
  }

  @Test
  void databricksNeedsHostHttpPathAndAuth() {
    List<Diagnostic> ds = validate("""
        [adapter.prod]
        type = "databricks"
        host = ""
        """);
    assertThat(codes(ds)).containsExactly("V011", "V012", "V013", "V020");
    assertThat(first(ds, DiagnosticCode.V011).message()).isEqualTo("adapter 'prod' (databricks): host is not set");
    assertThat(first(ds, DiagnosticCode.V011).suggestion()).contains("[adapter.prod]");
    assertThat(first(ds, DiagnosticCode.V013).severity()).isEqualTo(Severity.Error);
    assertThat(first(ds, DiagnosticCode.V013).suggestion()).contains("token");
  }

  @Test
  void databricksWithOAuthIsOk() {
    List<Diagnostic> ds = validate("""
        [adapter.prod]
        type = "databricks"
        host = "h"
        http_path = "/sql"
        client_id = "id"
        client_secret = "s"
        """);
    assertThat(first(ds, DiagnosticCode.V010).message()).isEqualTo("adapter 'prod' (databricks) ok");
  }

  @Test
  void fivetranNeedsItsKeysAndDiscoveryKind() {
    List<Diagnostic> ds = validate("""
        [adapter.ft]
        type = "fivetran"
        """);
    assertThat(codes(ds)).containsExactly("V014", "V015", "V016", "V033", "V020");
    assertThat(first(ds, DiagnosticCode.V033).message()).contains("discovery-only").contains("kind = \"discovery\"");
    assertThat(first(ds, DiagnosticCode.V033).suggestion()).isEqualTo("set kind = \"discovery\" under [adapter.ft]");
  }

  @Test
  void kindMustSuitTheType() {
    List<Diagnostic> ds = validate("""
        [adapter.wh]
        type = "snowflake"
        kind = "discovery"

        [adapter.ab]
        type = "airbyte"
        kind = "data"
        """);
    assertThat(codes(ds)).containsExactly("V033", "V033", "V020");
    assertThat(ds.get(0).message()).isEqualTo("adapter 'wh' has kind = \"discovery\" but type 'snowflake' supports only \"data\"");
  }

  @Test
  void unknownAdapterTypeSuggestsTheClosest() {
    Diagnostic d = first(validate("[adapter.x]\ntype = \"duckbd\"\n"), DiagnosticCode.V017);
    assertThat(d.message()).isEqualTo("adapter 'x': unknown type 'duckbd'");
    assertThat(d.suggestion()).startsWith("did you mean 'duckdb'?").contains("snowflake");
  }

  @Test
  void replicationPipelineReferencesAndPattern() {
    List<Diagnostic> ds = validate("""
        [adapter.ft]
        type = "fivetran"
        kind = "discovery"
        api_key = "k"
        api_secret = "s"
        destination_id = "d"

        [pipeline.raw]
        strategy = "incremntal"

        [pipeline.raw.source]
        adapter = "ft"
        discovery = { adapter = "fit" }

        [pipeline.raw.target]
        adapter = "warehouse"
        """);
    assertThat(codes(ds)).containsExactly("V010", "V032", "V023", "V024", "V021", "V035", "V020");
    assertThat(first(ds, DiagnosticCode.V032).message())
        .isEqualTo("pipeline 'raw': source.adapter = 'ft' is a discovery-only adapter and cannot move data");
    assertThat(first(ds, DiagnosticCode.V023).message()).isEqualTo("pipeline 'raw': target.adapter 'warehouse' not found in [adapter]");
    assertThat(first(ds, DiagnosticCode.V024).suggestion()).startsWith("did you mean 'ft'?");
    assertThat(first(ds, DiagnosticCode.V021).message()).isEqualTo("pipeline 'raw': source.schema_pattern is missing");
    Diagnostic v035 = first(ds, DiagnosticCode.V035);
    assertThat(v035.severity()).isEqualTo(Severity.Warning);
    assertThat(v035.suggestion()).startsWith("did you mean 'incremental'?");
  }

  @Test
  void schemaPatternProblems() {
    assertThat(SchemaPatterns.problem(pattern("__", "tenant", "regions...", "source"))).isEmpty();
    assertThat(SchemaPatterns.problem(pattern("", "a"))).contains("has an empty separator");
    assertThat(SchemaPatterns.problem(pattern("__"))).contains("has no components");
    assertThat(SchemaPatterns.problem(pattern("__", "a", "a"))).contains("names component 'a' twice");
    assertThat(SchemaPatterns.problem(pattern("__", "a...", "b..."))).contains("has more than one multi-valued component");
    assertThat(SchemaPatterns.problem(pattern("__", "bad-name"))).contains("component 'bad-name' is not a valid name");
  }

  @Test
  void templateProblems() {
    var p = pattern("__", "tenant", "regions...", "source");
    assertThat(SchemaPatterns.templateProblem(p, "schema_template", "stg__{regions:_}__{source}")).isEmpty();
    assertThat(SchemaPatterns.templateProblem(p, "schema_template", "stg__{client}"))
        .contains("target.schema_template 'stg__{client}' names '{client}', which is not a component of source.schema_pattern");
    assertThat(SchemaPatterns.templateProblem(p, "catalog_template", "{tenant")).contains("target.catalog_template '{tenant' has an unmatched brace");
  }

  private static dev.rocky.core.config.ReplicationPipeline.SchemaPattern pattern(String separator, String... components) {
    return new dev.rocky.core.config.ReplicationPipeline.SchemaPattern("src__", separator, List.of(components));
  }

  @Test
  void qualityAndSnapshotPipelines() {
    List<Diagnostic> ds = validate("""
        [adapter]
        type = "duckdb"

        [pipeline.dq]
        type = "quality"

        [pipeline.hist]
        type = "snapshot"
        source = { catalog = "c", schema = "s", table = "t" }
        target = { catalog = "c", schema = "h", table = "t" }
        """);
    assertThat(codes(ds)).containsExactly("V010", "V026", "V027", "V020", "V028", "V020");
    assertThat(first(ds, DiagnosticCode.V027).suggestion()).isEqualTo("set enabled = true under [pipeline.dq.checks]");
    assertThat(ds.get(5).message()).isEqualTo("pipeline 'hist': snapshot / c.s.t -> c.h.t");
  }

  @Test
  void pipelineDependencies() {
    List<Diagnostic> ds = validate("""
        [adapter]
        type = "duckdb"

        [pipeline.a]
        type = "transformation"
        depends_on = ["c"]

        [pipeline.b]
        type = "transformation"
        depends_on = ["a", "bronz"]

        [pipeline.c]
        type = "transformation"
        depends_on = ["b"]

        [pipeline.d]
        type = "transformation"
        depends_on = ["c"]

        [pipeline.bronze]
        type = "transformation"
        """);
    Diagnostic unknown = first(ds, DiagnosticCode.V029);
    assertThat(unknown.message()).isEqualTo("pipeline 'b': depends_on names unknown pipeline 'bronz'");
    assertThat(unknown.suggestion()).startsWith("did you mean 'bronze'?");
    assertThat(first(ds, DiagnosticCode.V030).message()).isEqualTo("pipeline depends_on cycle among: a, b, c");
  }

  @Test
  void schedulesNeedFiveFieldCronAndKnownZones() {
    List<Diagnostic> ds = validate("""
        [schedule]
        timezone = "Mars/Olympus"

        [adapter]
        type = "duckdb"

        [pipeline.ok]
        type = "transformation"
        schedule = { cron = "*/15 6-18 * JAN-MAR mon-fri", timezone = "Europe/Berlin" }

        [pipeline.daily]
        type = "transformation"
        schedule = { cron = "@daily" }

        [pipeline.short]
        type = "transformation"
        schedule = { cron = "0 6 * *" }

        [pipeline.range]
        type = "transformation"
        schedule = { cron = "0 24 * * *" }
        """);
    List<Diagnostic> v036 = ds.stream().filter(d -> d.code() == DiagnosticCode.V036).toList();
    assertThat(v036).extracting(Diagnostic::message).containsExactly(
        "[schedule] timezone \"Mars/Olympus\" is not a known IANA time zone",
        "pipeline 'short': schedule.cron \"0 6 * *\" is not a valid 5-field cron expression: expected 5 fields, found 4",
        "pipeline 'range': schedule.cron \"0 24 * * *\" is not a valid 5-field cron expression: hour field '24' is out of range 0-23 or malformed");
    assertThat(v036.get(1).suggestion()).contains("minute hour day-of-month month day-of-week");
  }

  @Test
  void cronExpressions() {
    assertThat(ScheduleChecks.cronProblem("0 0 1 1 0")).isEmpty();
    assertThat(ScheduleChecks.cronProblem("5,10,15 */2 1-15/3 * 7")).isEmpty();
    assertThat(ScheduleChecks.cronProblem("60 * * * *")).isPresent();
    assertThat(ScheduleChecks.cronProblem("* * 0 * *")).isPresent();
    assertThat(ScheduleChecks.cronProblem("* * * 13 *")).isPresent();
    assertThat(ScheduleChecks.cronProblem("*/0 * * * *")).isPresent();
    assertThat(ScheduleChecks.cronProblem("5-1 * * * *")).isPresent();
    assertThat(ScheduleChecks.cronProblem("a b c d e")).isPresent();
    assertThat(ScheduleChecks.cronProblem("")).contains("expected 5 fields, found 0");
  }

  @Test
  void styleLintsForRedundantKeys() {
    LoadResult r = load(new InMemoryProjectSource()
        .put("rocky.toml", "[state]\nbackend = \"local\"\n\n[adapter]\ntype = \"duckdb\"\n")
        .put("models/orders.sql", "SELECT 1")
        .put("models/orders.toml", "name = \"orders\"\n[target]\ntable = \"orders\"\n")
        .put("models/customers.sql", "SELECT 1")
        .put("models/customers.toml", "name = \"${NAME:-customers}\"\n[target]\ntable = \"dim_customers\"\n"));
    List<Diagnostic> lints = validator.validate(r).stream().filter(d -> d.code().code().startsWith("L")).toList();
    assertThat(lints).extracting(d -> d.code().code(), Diagnostic::model).containsExactly(
        org.assertj.core.groups.Tuple.tuple("L004", null),
        org.assertj.core.groups.Tuple.tuple("L001", "orders"),
        org.assertj.core.groups.Tuple.tuple("L002", "orders"));
    assertThat(lints).allMatch(d -> d.severity() == Severity.Info);
    assertThat(lints.get(1).span().file()).isEqualTo("models/orders.toml");
    assertThat(lints.get(1).message()).isEqualTo("model 'orders' declares name = 'orders', which is its file name; you can omit it");
  }
}
