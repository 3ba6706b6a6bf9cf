package dev.rocky.compiler.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.core.diagnostic.SourceSpan;
import dev.rocky.core.project.Dialect;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlSelect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SQL of the target dialects that Calcite's grammars do not read as written: the rewrites
 * ({@link SqlPreprocessor}), the keyword repair ({@link ModelParser}) and the position map
 * ({@link SourceMap}) that keeps every span in the model's file.
 */
class DialectSqlTest {
  private static final String FILE = "models/m.sql";
  private final ModelParser parser = new ModelParser();

  private ParsedModel parse(String sql, Dialect dialect) {
    return parser.parse("m", FILE, sql, dialect);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      DUCKDB     | SELECT a AS measure, b AS value, c AS month, d AS method FROM t
      DUCKDB     | SELECT value, month, method FROM t GROUP BY value, month, method
      DUCKDB     | SELECT t.value, t.measure FROM t WHERE t.value > 1 ORDER BY month
      DUCKDB     | SELECT CAST(x AS DATE) date, year FROM t
      DUCKDB     | SELECT x AS measure FROM t QUALIFY ROW_NUMBER() OVER (PARTITION BY value ORDER BY month) = 1
      DUCKDB     | SELECT a::INT AS measure, * EXCLUDE (value) FROM t
      SNOWFLAKE  | SELECT a AS value, b AS month FROM t WHERE datediff(day, a, b) > 1
      DATABRICKS | SELECT a AS value, b AS `month` FROM t WHERE datediff(day, a, b) > 1
      DUCKDB     | SELECT date_diff('hour', MIN(a), MAX(b)) AS h FROM t
      DUCKDB     | SELECT datediff('day', a, b), date_add(a, INTERVAL 1 DAY), date_sub(a, INTERVAL '2 days') FROM t
      SNOWFLAKE  | SELECT dateadd(day, 1, x), datediff(hour, a, b), date_trunc(month, x), date_trunc('MONTH', x) FROM t
      DATABRICKS | SELECT date_add(x, 1), datediff(a, b), timestampdiff(HOUR, a, b), date_trunc('MONTH', x) FROM t
      DUCKDB     | SELECT x + INTERVAL '1 day', x - INTERVAL '2 hours', x + interval '1 week' FROM t
      DUCKDB     | SELECT x + INTERVAL '1' DAY, x + INTERVAL 3 MONTH, x + INTERVAL '1 millisecond' FROM t
      DUCKDB     | SELECT DISTINCT ON (a, b) a, b, c FROM t ORDER BY a, b, c DESC
      DUCKDB     | SELECT [1, 2, 3] AS l, [] AS e, [[1], [2]] AS n, x[1] AS first FROM t
      DUCKDB     | SELECT {'a': 1, 'b': [x], 'c': {'d': 'e'}} AS s FROM t
      """)
  void readsTheDialectsSql(Dialect dialect, String sql) {
    ParsedModel p = parse(sql, dialect);
    assertThat(p.parseError()).as(sql).isNull();
    assertThat(p.tableReferences()).extracting(TableReference::name).containsExactly("t");
  }

  @Test
  void quotedKeywordsAreNamesAsWritten() {
    SqlSelect s = (SqlSelect) parse("SELECT value, a AS Measure FROM t", Dialect.DUCKDB).query();
    assertThat(((SqlIdentifier) s.getSelectList().get(0)).getSimple()).isEqualTo("value");
    SqlCall as = (SqlCall) s.getSelectList().get(1);
    assertThat(((SqlIdentifier) as.operand(1)).getSimple()).isEqualTo("Measure");
  }

  @Test
  void reservedAliasesAreQuotedUpFrontButCastTypesAreNot() {
    String sql = "SELECT CAST(a AS DATE) AS date, TRY_CAST(b AS VARCHAR) AS value, c AS month FROM t AS value";
    Rewrite r = SqlPreprocessor.scan(sql, Dialect.DUCKDB).rewrite();
    assertThat(r.text()).isEqualTo(
        "SELECT CAST(a AS DATE) AS \"date\", TRY_CAST(b AS VARCHAR) AS \"value\", c AS \"month\" FROM t AS \"value\"");
    SqlSelect s = (SqlSelect) parse(sql, Dialect.DUCKDB).query();
    SqlCall cast = (SqlCall) ((SqlCall) s.getSelectList().get(0)).operand(0);
    assertThat(cast.operand(1).toString()).isEqualTo("DATE");
    assertThat(SqlPreprocessor.scan("SELECT a AS value FROM t", Dialect.DATABRICKS).text())
        .isEqualTo("SELECT a AS `value` FROM t");
  }

  @Test
  void spansAfterRewritesAreTheFilesColumns() {
    String sql = "SELECT a AS measure, date_diff('hour', x, y) AS h, [1] AS l, zz\nFROM value";
    ParsedModel p = parse(sql, Dialect.DUCKDB);
    SqlSelect s = (SqlSelect) p.query();
    SqlNode zz = s.getSelectList().get(s.getSelectList().size() - 1);
    assertThat(p.span(zz.getParserPosition())).isEqualTo(SourceSpan.at(FILE, 1, sql.indexOf("zz") + 1, 2));
    SqlCall h = (SqlCall) ((SqlCall) s.getSelectList().get(1)).operand(0);
    assertThat(p.span(h.getParserPosition())).isEqualTo(SourceSpan.at(FILE, 1, sql.indexOf("date_diff") + 1,
        "date_diff('hour', x, y)".length()));
    SqlCall measure = (SqlCall) s.getSelectList().get(0);
    assertThat(p.span(measure.operand(1).getParserPosition())).isEqualTo(SourceSpan.at(FILE, 1, 13, 7));
    assertThat(p.tableReferences().get(0)).isEqualTo(new TableReference(java.util.List.of("value"), 2, 6, 5));
  }

  @Test
  void parseErrorsAfterRewritesPointIntoTheFile() {
    String sql = "SELECT a AS measure, [1] AS l, date_diff('day', x, y) d e FROM t";
    ParsedModel p = parse(sql, Dialect.DUCKDB);
    assertThat(p.parseError()).isNotNull();
    assertThat(p.parseError().span()).isEqualTo(SourceSpan.at(FILE, 1, sql.indexOf(" e ") + 2, 1));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "SELECT value value value FROM t",
      "SELECT month FROM t WHERE",
      "SELECT a FROM t WHERE x IN ()",
      "SELECT 1 FROM t GROUP BY month month"
  })
  void aModelThatStaysUnreadableIsOneE004(String sql) {
    ParsedModel p = parse(sql, Dialect.DUCKDB);
    assertThat(p.parseError()).as(sql).isNotNull();
    assertThat(p.parseError().span().line()).isEqualTo(1);
  }

  @Test
  void typedLiteralsAreNotMistakenForNames() {
    SqlSelect s = (SqlSelect) parse("SELECT DATE '2024-01-01' AS d, INTERVAL '1' DAY AS i, value FROM t", Dialect.DUCKDB)
        .query();
    assertThat(((SqlCall) s.getSelectList().get(0)).operand(0).getKind()).isEqualTo(SqlKind.LITERAL);
    assertThat(((SqlCall) s.getSelectList().get(1)).operand(0).getKind()).isEqualTo(SqlKind.LITERAL);
  }

  @Test
  void distinctOnBecomesAMarkedFirstItem() {
    SqlSelect s = (SqlSelect) parse("SELECT DISTINCT ON (a) b FROM t", Dialect.DUCKDB).query();
    assertThat(s.isDistinct()).isTrue();
    SqlCall first = (SqlCall) s.getSelectList().get(0);
    assertThat(((SqlIdentifier) first.operand(1)).getSimple()).isEqualTo(ModelParser.DISTINCT_ON);
    assertThat(s.getSelectList()).hasSize(2);
  }

  @Test
  void rewritesKeepStringsCommentsAndSubscriptsAlone() {
    String sql = "SELECT '[1]', \"{x}\" -- [2] {'a': 1}\n, x[1], f(x)[2] FROM t /* INTERVAL '1 day' */";
    Rewrite r = SqlPreprocessor.scan(sql, Dialect.DUCKDB).rewrite();
    assertThat(r.isEmpty()).isTrue();
    assertThat(r.text()).isSameAs(sql);
  }

  @Test
  void theSourceMapMapsStartsEndsAndInsideRewrites() {
    Rewrite r = new Rewrite("SELECT a AS measure, b\nFROM t");
    assertThat(r.add(12, 19, "\"measure\"")).isTrue();
    assertThat(r.add(7, 7, "ARRAY")).isTrue();
    assertThat(r.add(10, 14, "x")).isFalse(); // overlaps
    assertThat(r.add(20, 24, "x")).isFalse(); // crosses a line
    assertThat(r.text()).isEqualTo("SELECT ARRAYa AS \"measure\", b\nFROM t");
    SourceMap m = r.map();
    assertThat(m.startCol(1, 8)).isEqualTo(8); // inside the inserted ARRAY: where it was inserted
    assertThat(m.startCol(1, 13)).isEqualTo(8); // a
    assertThat(m.startCol(1, 18)).isEqualTo(13); // the opening quote: measure
    assertThat(m.endCol(1, 26)).isEqualTo(19); // the closing quote: the end of measure
    assertThat(m.startCol(1, 29)).isEqualTo(22); // b
    assertThat(m.startCol(2, 6)).isEqualTo(6); // other lines do not move
    assertThat(SourceMap.IDENTITY.startCol(3, 4)).isEqualTo(4);
  }
}
