package dev.rocky.compiler.govern;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.compiler.CompileResult;
import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.diagnostic.DiagnosticCode;
import dev.rocky.core.diagnostic.Severity;
import dev.rocky.core.project.Dialect;
import dev.rocky.core.project.Model;
import dev.rocky.core.project.ModelConfig;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class PortabilityLintTest {

  private static final String DIV0_MODEL = """
      SELECT
          id,
          DIV0(id, 2) AS half
      FROM raw.people
      """;

  private static List<Diagnostic> p001(String extraToml, String sql, @Nullable Dialect target) {
    CompileResult r = GovernFixtures.compile(GovernFixtures.project(extraToml, Map.of("models/m.sql", sql)), target);
    return GovernFixtures.only(r, DiagnosticCode.P001);
  }

  @Test
  void div0IsAnErrorForDatabricksAtItsExactPositionAndCleanForSnowflake() {
    List<Diagnostic> found = p001("", DIV0_MODEL, Dialect.DATABRICKS);

    assertThat(found).singleElement().satisfies(d -> {
      assertThat(d.severity()).isEqualTo(Severity.Error);
      assertThat(d.message()).isEqualTo("DIV0(a, b) is not portable to Databricks (supported by: Snowflake)");
      assertThat(d.model()).isEqualTo("m");
      assertThat(d.span()).hasToString("models/m.sql:3:5");
      assertThat(d.span().length()).isEqualTo(4);
      assertThat(d.suggestion()).startsWith("rewrite as CASE WHEN b = 0 THEN 0 ELSE a / b END; or keep it with"
          + " '-- rocky-allow: DIV0' at the end of the line");
    });
    assertThat(p001("", DIV0_MODEL, Dialect.SNOWFLAKE)).isEmpty();
  }

  @Test
  void withoutATargetDialectNothingIsChecked() {
    assertThat(p001("", DIV0_MODEL, null)).isEmpty();
  }

  @Test
  void theConfiguredTargetDialectAppliesAndTheFlagWins() {
    String toml = "[portability]\ntarget_dialect = \"databricks\"\n";
    assertThat(p001(toml, DIV0_MODEL, null)).hasSize(1);
    assertThat(p001(toml, DIV0_MODEL, Dialect.SNOWFLAKE)).isEmpty();
    assertThat(p001("[portability]\ntarget_dialect = \"bigquery\"\n", DIV0_MODEL, null)).isEmpty();
  }

  @Test
  void aTrailingPragmaSilencesItsOwnLineOnly() {
    String sql = """
        SELECT
            DIV0(id, 2) AS half, -- rocky-allow: DIV0
            DIV0(id, 3) AS third
        FROM raw.people
        """;

    assertThat(p001("", sql, Dialect.DATABRICKS)).singleElement()
        .satisfies(d -> assertThat(d.span()).hasToString("models/m.sql:3:5"));
  }

  @Test
  void aPragmaOnItsOwnLineCoversTheModelAndTheAllowListTheProject() {
    String sql = "-- rocky-allow: div0, qualify\n" + DIV0_MODEL;
    assertThat(p001("", sql, Dialect.DATABRICKS)).isEmpty();
    assertThat(p001("[portability]\nallow = [\"Div0\"]\n", DIV0_MODEL, Dialect.DATABRICKS)).isEmpty();
    assertThat(p001("[portability]\nallow = [\"NVL\"]\n", DIV0_MODEL, Dialect.DATABRICKS)).hasSize(1);
  }

  @Test
  void namesInStringsCommentsQuotedIdentifiersAndQualifiedFunctionsAreNotConstructs() {
    String sql = """
        SELECT
            'DIV0(1, 2)' AS s, -- DIV0(1, 2)
            "DIV0" AS q,
            util.div0(id, 2) AS mine
        /* NVL(a, b) */
        FROM raw.people
        """;
    assertThat(lint(sql, Dialect.DATABRICKS)).isEmpty();
  }

  @Test
  void datediffFormsAreToldApart() {
    assertThat(lint("SELECT DATEDIFF(d, d) AS x FROM t", Dialect.SNOWFLAKE)).singleElement()
        .satisfies(d -> assertThat(d.message()).startsWith("DATEDIFF(end, start) is not portable to Snowflake"));
    assertThat(lint("SELECT DATEDIFF(day, a, b) AS x FROM t", Dialect.DUCKDB)).singleElement()
        .satisfies(d -> assertThat(d.message()).startsWith("DATEDIFF(unit, start, end) is not portable to DuckDB"));
    assertThat(lint("SELECT DATEDIFF('day', a, b) AS x FROM t", Dialect.DUCKDB)).isEmpty();
    assertThat(lint("SELECT DATEDIFF(day, a, b) AS x FROM t", Dialect.DATABRICKS)).isEmpty();
  }

  @Test
  void syntaxIsFoundWhereCalciteCannotParseAndAtItsOwnToken() {
    String sql = """
        SELECT f.value AS v, t.* EXCLUDE (arr)
        FROM t, LATERAL FLATTEN(input => t.arr) AS f
        """;
    assertThat(lint(sql, Dialect.DATABRICKS)).extracting(d -> d.span().toString() + " " + d.message().split(" is ")[0])
        .containsExactly("models/m.sql:1:26 * EXCLUDE (columns)", "models/m.sql:2:17 LATERAL FLATTEN(input => arr)");
  }

  @Test
  void semiStructuredPathsAreNotSlicesStructLiteralsOrNamedParameters() {
    assertThat(lint("SELECT j:k AS x FROM t", Dialect.DUCKDB)).hasSize(1);
    assertThat(lint("SELECT arr[1:2] AS x, {'k': 1} AS s, STRUCT_PACK(k := 1) AS p FROM t", Dialect.DUCKDB)).isEmpty();
  }

  @Test
  void backslashesEscapeOnlyWhereTheDialectSaysSo() {
    String sql = "SELECT 'a\\' AS s, NVL(a, b) AS n FROM t";
    Model m = model(sql);
    assertThat(new PortabilityLint(Dialect.DUCKDB, List.of(), Dialect.DUCKDB).check(m)).hasSize(1);
    assertThat(new PortabilityLint(Dialect.DUCKDB, List.of(), Dialect.SNOWFLAKE).check(m)).isEmpty();
  }

  static List<Diagnostic> lint(String sql, Dialect target) {
    return new PortabilityLint(target, List.of(), Dialect.DUCKDB).check(model(sql));
  }

  static Model model(String sql) {
    return new Model("m", "models/m.sql", sql, null, ModelConfig.defaults("m"));
  }
}
