package dev.rocky.compiler.load;

import static dev.rocky.compiler.load.Fixtures.config;
import static dev.rocky.compiler.load.Fixtures.load;
import static dev.rocky.compiler.load.Fixtures.single;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.diagnostic.DiagnosticCode;
import dev.rocky.core.diagnostic.Severity;
import dev.rocky.testkit.InMemoryProjectSource;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bad rocky.toml input: each problem is one V001 with file, line, column and what to do. */
class ConfigErrorsTest {

  @Test
  void missingConfigFileSuggestsRockyInit() {
    LoadResult r = load(new InMemoryProjectSource().put("models/a.sql", "SELECT 1"));
    assertThat(r.project()).isNull();
    assertThat(r.hasErrors()).isTrue();
    Diagnostic d = single(r);
    assertThat(d.code()).isEqualTo(DiagnosticCode.V001);
    assertThat(d.severity()).isEqualTo(Severity.Error);
    assertThat(d.message()).contains("config file not found").contains("rocky.toml");
    assertThat(d.span().file()).isEqualTo("rocky.toml");
    assertThat(d.suggestion()).contains("rocky init");
  }

  @Test
  void malformedTomlPointsAtTheParserPosition() {
    LoadResult r = load(config("""
        [adapter.local]
        type = "duckdb
        path = "x.duckdb"
        """));
    assertThat(r.project()).isNull();
    Diagnostic d = single(r);
    assertThat(d.code()).isEqualTo(DiagnosticCode.V001);
    assertThat(d.message()).startsWith("invalid TOML in rocky.toml");
    assertThat(d.span().file()).isEqualTo("rocky.toml");
    assertThat(d.span().line()).isEqualTo(2);
    assertThat(d.span().col()).isGreaterThan(1);
    assertThat(d.suggestion()).contains("close the string");
  }

  @Test
  void repeatedTableSaysToMergeThem() {
    Diagnostic d = single(load(config("""
        [adapter.local]
        type = "duckdb"

        [adapter.local]
        path = "x"
        """)));
    assertThat(d.span().line()).isEqualTo(4);
    assertThat(d.suggestion()).contains("merge");
  }

  @Test
  void unknownAdapterKeyNamesTheLineAndTheClosestKey() {
    LoadResult r = load(config("""
        [adapter.local]
        type = "duckdb"
        pth = "warehouse.duckdb"
        """));
    Diagnostic d = single(r);
    assertThat(d.code()).isEqualTo(DiagnosticCode.V001);
    assertThat(d.message()).isEqualTo("unknown key 'pth' in [adapter.local]");
    assertThat(d.span()).extracting(s -> s.file(), s -> s.line(), s -> s.col()).containsExactly("rocky.toml", 3, 1);
    assertThat(d.suggestion()).startsWith("did you mean 'path'?");
    // The rest of the adapter still loads.
    assertThat(r.project().config().adapters().get("local").type()).isEqualTo("duckdb");
  }

  @Test
  void theAiSectionHasNoPlaceForAKey() {
    Diagnostic d = single(load(config("""
        [ai]
        api_key = "sk-do-not-put-it-here"
        """)));
    assertThat(d.code()).isEqualTo(DiagnosticCode.V001);
    assertThat(d.message()).isEqualTo("unknown key 'api_key' in [ai]");
  }

  @Test
  void unknownKeyInANestedPipelineTable() {
    LoadResult r = load(config("""
        [adapter.local]
        type = "duckdb"

        [pipeline.main]
        type = "transformation"

        [pipeline.main.target]
        adapter = "local"
        governance = { auto_create_schema = true }
        """));
    Diagnostic d = single(r);
    assertThat(d.message()).isEqualTo("unknown key 'auto_create_schema' in [pipeline.main.target.governance]");
    assertThat(d.span().line()).isEqualTo(9);
    assertThat(d.span().col()).isEqualTo(16);
    assertThat(d.suggestion()).startsWith("did you mean 'auto_create_schemas'?");
  }

  @Test
  void unknownTopLevelSection() {
    Diagnostic d = single(load(config("""
        [adapter.local]
        type = "duckdb"

        [buget]
        max_usd = 5.0
        """)));
    assertThat(d.message()).isEqualTo("unknown section 'buget' in rocky.toml");
    assertThat(d.span().line()).isEqualTo(4);
    assertThat(d.suggestion()).startsWith("did you mean 'budget'?");
  }

  @Test
  void unsetVariableNamesItsFileLineAndColumn() {
    LoadResult r = load(config("""
        [adapter.prod]
        type = "databricks"
        host = "${DATABRICKS_HOST}"
        """));
    Diagnostic d = single(r);
    assertThat(d.code()).isEqualTo(DiagnosticCode.V001);
    assertThat(d.message()).contains("DATABRICKS_HOST").contains("rocky.toml");
    assertThat(d.span()).extracting(s -> s.line(), s -> s.col()).containsExactly(3, 9);
    assertThat(d.suggestion()).isEqualTo("export DATABRICKS_HOST=... or write ${DATABRICKS_HOST:-default}");
    assertThat(r.project()).isNotNull();
  }

  @Test
  void unknownPipelineTypeListsTheFive() {
    Diagnostic d = single(load(config("""
        [adapter.local]
        type = "duckdb"

        [pipeline.main]
        type = "transformations"
        """)));
    assertThat(d.message()).isEqualTo("unknown pipeline type 'transformations' for pipeline 'main'");
    assertThat(d.span().line()).isEqualTo(5);
    assertThat(d.suggestion()).contains("did you mean 'transformation'?")
        .contains("replication, transformation, quality, snapshot, load");
  }

  @Test
  void anUnknownReplayRecordModeListsTheChoices() {
    Diagnostic d = single(load(config("""
        [replay]
        record = "inputs"
        """)));
    assertThat(d.message()).isEqualTo("invalid value 'inputs' for 'record' in [replay]");
    assertThat(d.span().line()).isEqualTo(2);
    assertThat(d.suggestion()).isEqualTo("set record to one of: full, hashes, off");
  }

  @Test
  void invalidEnumValueListsTheChoices() {
    Diagnostic d = single(load(config("""
        [adapter.local]
        type = "duckdb"
        kind = "both"
        """)));
    assertThat(d.message()).isEqualTo("invalid value 'both' for 'kind' in [adapter.local]");
    assertThat(d.span().line()).isEqualTo(3);
    assertThat(d.suggestion()).isEqualTo("set kind to one of: data, discovery");
  }

  @Test
  void wrongValueTypeSaysWhatToWrite() {
    Diagnostic d = single(load(config("""
        [adapter.local]
        type = "duckdb"
        timeout_secs = "soon"
        """)));
    assertThat(d.message()).isEqualTo("'timeout_secs' in [adapter.local] must be an integer");
    assertThat(d.span().line()).isEqualTo(3);
    assertThat(d.suggestion()).isEqualTo("write 'timeout_secs' as an integer");
  }

  @Test
  void missingRequiredKey() {
    LoadResult r = load(config("""
        [adapter.local]
        path = "x.duckdb"
        """));
    Diagnostic d = single(r);
    assertThat(d.message()).isEqualTo("missing required key 'type' in [adapter.local]");
    assertThat(d.span().line()).isEqualTo(1);
    assertThat(d.suggestion()).isEqualTo("add type = ...");
    assertThat(r.project().config().adapters()).isEmpty();
  }

  @Test
  void unknownMaskStrategyIsAnError() {
    Diagnostic d = single(load(config("""
        [mask]
        pii = "hash"

        [mask.prod]
        pii = "scramble"
        """)));
    assertThat(d.message()).isEqualTo("unknown mask strategy 'scramble' for classification 'pii'");
    assertThat(d.span().line()).isEqualTo(5);
    assertThat(d.suggestion()).isEqualTo("set pii to one of: hash, redact, partial, none");
  }

  @Test
  void roleWithUnknownParent() {
    Diagnostic d = single(load(config("""
        [role.analyst]
        inherits = ["reader"]
        permissions = ["select"]

        [role.readers]
        permissions = ["select"]
        """)));
    assertThat(d.message()).isEqualTo("role 'analyst' inherits unknown role 'reader'");
    assertThat(d.span().line()).isEqualTo(2);
    assertThat(d.suggestion()).startsWith("did you mean 'readers'?");
  }

  @Test
  void everyBadSectionIsReportedAndTheRestLoads() {
    LoadResult r = load(config("""
        [adapter.a]
        type = "duckdb"
        colour = "blue"

        [adapter.b]
        type = "duckdb"

        [cost]
        warehouse_sise = "Large"
        """), Map.of());
    assertThat(r.diagnostics()).extracting(Diagnostic::message).containsExactly(
        "unknown key 'colour' in [adapter.a]", "unknown key 'warehouse_sise' in [cost]");
    assertThat(r.diagnostics()).extracting(d -> d.span().line()).containsExactly(3, 9);
    assertThat(r.project().config().adapters()).containsOnlyKeys("a", "b");
    assertThat(r.project().models()).hasSize(1);
  }

  @Test
  void invalidConcurrencySaysWhatIsAccepted() {
    Diagnostic d = single(load(config("""
        [pipeline.main]
        type = "transformation"

        [pipeline.main.execution]
        concurrency = "fast"
        """)));
    assertThat(d.message()).isEqualTo(
        "invalid value for 'concurrency' in [pipeline.main.execution]: invalid concurrency 'fast': expected \"adaptive\" or an integer");
    assertThat(d.span().line()).isEqualTo(5);
  }
}
