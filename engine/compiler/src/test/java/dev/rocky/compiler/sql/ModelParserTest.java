package dev.rocky.compiler.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.diagnostic.DiagnosticCode;
import dev.rocky.core.diagnostic.SourceSpan;
import dev.rocky.core.project.Dialect;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlSelect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ModelParserTest {
  private static final String FILE = "models/m.sql";
  private final ModelParser parser = new ModelParser();

  private ParsedModel parse(String sql) {
    return parser.parse("m", FILE, sql, Dialect.DUCKDB);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "SELECT a FROM t QUALIFY ROW_NUMBER() OVER (PARTITION BY a ORDER BY b) = 1",
      "SELECT a FROM t WHERE b ILIKE 'x%'",
      "SELECT SUM(b) OVER (ORDER BY c ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) FROM t",
      "WITH c AS (SELECT 1 AS x) SELECT x FROM c UNION ALL SELECT 2 FROM d",
      "SELECT a FROM t INTERSECT SELECT a FROM u EXCEPT SELECT a FROM v",
      "SELECT * FROM t, LATERAL (SELECT * FROM u WHERE u.a = t.a) v",
      "SELECT a::INTEGER, b::DECIMAL(10, 2) FROM t",
      "SELECT * EXCLUDE (a) FROM t",
      "SELECT t.* REPLACE (a + 1 AS a) FROM t",
      "SELECT TRY_CAST(a AS INTEGER), IFF(a > 1, 'x', 'y') FROM t",
      "SELECT a, COUNT(*) FROM t GROUP BY ALL",
      "SELECT a FROM t WHERE ts >= @start_date AND ts < @end_date",
      "SELECT a FROM t;",
      "SELECT a FROM t ORDER BY a DESC NULLS LAST LIMIT 10 OFFSET 5",
      "WITH RECURSIVE r AS (SELECT 1 AS n UNION ALL SELECT n + 1 FROM r WHERE n < 3) SELECT n FROM r",
      "SELECT date_diff('hour', min(a), max(b)) AS h FROM t GROUP BY c",
      "SELECT DATE_DIFF ('day', a, max(b)) AS d FROM t GROUP BY c",
  })
  void readsTheSupportedSyntax(String sql) {
    ParsedModel p = parse(sql);
    assertThat(p.parseError()).as(sql).isNull();
    assertThat(p.query()).isNotNull();
    assertThat(p.parsed()).isTrue();
  }

  @Test
  void e004HasTheExactPositionAShortMessageAndNoStackTrace() {
    ParsedModel p = parse("SELECT id,\n       amount\nFROM raw.orders\nWHERE amount > )\n");
    Diagnostic d = p.parseError();
    assertThat(p.query()).isNull();
    assertThat(d.code()).isEqualTo(DiagnosticCode.E004);
    assertThat(d.model()).isEqualTo("m");
    assertThat(d.span()).isEqualTo(SourceSpan.at(FILE, 4, 16, 1));
    assertThat(d.message()).isEqualTo("cannot parse SQL: unexpected \")\"");
    assertThat(d.message()).doesNotContain("\n", "line", "Exception", "at org.");
    assertThat(p.tableReferences()).isEmpty();
  }

  @Test
  void e004PointsAtTheOffendingTokenOfTheLookahead() {
    assertThat(parse("SELECT a FROM t WHERE x = = 1").parseError().span().col()).isEqualTo(27);
    assertThat(parse("SELECT a b c FROM t").parseError().span().col()).isEqualTo(12);
  }

  @Test
  void e004AtTheEndOfTheSql() {
    Diagnostic d = parse("SELECT 1 +").parseError();
    assertThat(d.message()).isEqualTo("cannot parse SQL: unexpected end of SQL");
    assertThat(d.span().line()).isEqualTo(1);
    assertThat(parse("   ").parseError().code()).isEqualTo(DiagnosticCode.E004);
  }

  @Test
  void e004ForASecondStatementSuggestsRemovingIt() {
    Diagnostic d = parse("SELECT 1;\nSELECT 2").parseError();
    assertThat(d.span().line()).isEqualTo(1);
    assertThat(d.suggestion()).contains("one query");
  }

  @Test
  void e004WhenTheModelIsNotAQuery() {
    Diagnostic d = parse("INSERT INTO t VALUES (1)").parseError();
    assertThat(d.code()).isEqualTo(DiagnosticCode.E004);
    assertThat(d.message()).contains("one SELECT query");
  }

  @Test
  void tabsCountAsOneColumn() {
    assertThat(parse("SELECT\ta,\tb c d\nFROM\tt").parseError().span()).isEqualTo(SourceSpan.at(FILE, 1, 15, 1));
  }

  @Test
  void placeholdersKeepPositionsExact() {
    String sql = "SELECT a\nFROM t\nWHERE ts >= @start_date AND ts < @end_date AND x = = 1";
    Diagnostic d = parse(sql).parseError();
    assertThat(d.span().line()).isEqualTo(3);
    assertThat(d.span().col()).isEqualTo(sql.split("\n")[2].indexOf("= 1") + 1);
    String nested = "SELECT a FROM t WHERE ts >= @start_date AND x IN (SELECT y FROM u)";
    assertThat(parse(nested).tableReferences()).extracting(TableReference::col)
        .containsExactly(nested.indexOf(" t ") + 2, nested.indexOf(" u)") + 2);
  }

  @Test
  void preprocessingOnlyTouchesCodeAndKeepsTheLength() {
    String sql = "SELECT '@start_date', \"@end_date\" -- @start_date\nFROM t /* @end_date */ WHERE x > @start_date;";
    String out = SqlPreprocessor.prepare(sql);
    assertThat(out).hasSameSizeAs(sql);
    assertThat(out).isEqualTo("SELECT '@start_date', \"@end_date\" -- @start_date\nFROM t /* @end_date */ WHERE x > ?"
        + " ".repeat(11));
    assertThat(SqlPreprocessor.prepare("select a from t group by all order by 1"))
        .isEqualTo("select a from t group by ()  order by 1");
    assertThat(SqlPreprocessor.prepare("select 'group by all', all_x from t group by allx"))
        .isEqualTo("select 'group by all', all_x from t group by allx");
    // date_diff is not renamed in place: the token rewrite quotes it (and only the real call), so it parses as a plain call.
    String dateDiff = "select DATE_DIFF ('day', a, max(b)), date_diff_x(1), 'date_diff(' from t";
    assertThat(SqlPreprocessor.prepare(dateDiff)).isEqualTo(dateDiff);
    assertThat(SqlPreprocessor.scan(dateDiff).text())
        .isEqualTo("select \"DATE_DIFF\" ('day', a, max(b)), date_diff_x(1), 'date_diff(' from t");
    String untouched = "SELECT a FROM t";
    assertThat(SqlPreprocessor.prepare(untouched)).isSameAs(untouched);
  }

  @Test
  void babelOnlySyntaxIsRecognisedWithoutTryingTheCoreParser() {
    assertThat(SqlPreprocessor.scan("SELECT a::INT FROM t").babelSyntax()).isTrue();
    assertThat(SqlPreprocessor.scan("SELECT * EXCLUDE (a) FROM t").babelSyntax()).isTrue();
    assertThat(SqlPreprocessor.scan("SELECT t.*\n  REPLACE (a + 1 AS a) FROM t").babelSyntax()).isTrue();
    assertThat(SqlPreprocessor.scan("SELECT a FROM t ORDER BY ALL").babelSyntax()).isTrue();
    assertThat(SqlPreprocessor.scan("SELECT a FROM t WHERE a ~ 'x'").babelSyntax()).isTrue();
    assertThat(SqlPreprocessor.scan("SELECT 'a::b', \"x::y\" FROM t -- ::").babelSyntax()).isFalse();
    assertThat(SqlPreprocessor.scan("SELECT a, COUNT(*) FROM t GROUP BY ALL").babelSyntax()).isFalse();
    assertThat(parse("SELECT a FROM t ORDER BY ALL").parseError()).isNull();
    assertThat(parse("SELECT a FROM t WHERE a ~ 'x'").parseError()).isNull();
  }

  @Test
  void wordsTheCoreGrammarReservesAreReadByBabel() {
    ParsedModel p = parse("SELECT method, month, value FROM t GROUP BY method, month, value");
    assertThat(p.parseError()).isNull();
    assertThat(p.tableReferences()).extracting(TableReference::name).containsExactly("t");
  }

  @Test
  void tableReferencesExcludeCtesAndIncludeNestedQueries() {
    ParsedModel p = parse("""
        WITH c AS (SELECT * FROM raw.a)
        SELECT * FROM c JOIN b ON c.id = b.id
        WHERE c.x IN (SELECT y FROM raw.d) AND EXISTS (SELECT 1 FROM e, LATERAL (SELECT 1 FROM f) l)""");
    assertThat(p.tableReferences()).extracting(TableReference::name)
        .containsExactly("raw.a", "b", "raw.d", "e", "f");
    TableReference b = p.tableReferences().get(1);
    assertThat(b.line()).isEqualTo(2);
    assertThat(b.col()).isEqualTo(22);
    assertThat(b.isBare()).isTrue();
    assertThat(p.tableReferences().get(0).key()).isEqualTo("raw.a");
  }

  @Test
  void aCteBodyMayReadATableOfItsOwnName() {
    ParsedModel p = parse("WITH orders AS (SELECT * FROM orders) SELECT * FROM orders");
    assertThat(p.tableReferences()).extracting(TableReference::name).containsExactly("orders");
    assertThat(p.tableReferences().get(0).col()).isEqualTo(31);
  }

  @Test
  void identifiersKeepTheirCaseAndQuotingFollowsTheDialect() {
    ParsedModel duck = parse("SELECT \"Amount\", total FROM \"Raw\".\"Orders\"");
    SqlSelect select = (SqlSelect) duck.query();
    assertThat(((SqlIdentifier) select.getSelectList().get(0)).getSimple()).isEqualTo("Amount");
    assertThat(duck.tableReferences().get(0).nameParts()).containsExactly("Raw", "Orders");
    ParsedModel databricks = parser.parse("m", FILE, "SELECT `a b` FROM `db`.`t`", Dialect.DATABRICKS);
    assertThat(databricks.parseError()).isNull();
    assertThat(databricks.tableReferences().get(0).nameParts()).containsExactly("db", "t");
    assertThat(parser.parse("m", FILE, "SELECT \"a\" FROM t", Dialect.SNOWFLAKE).parseError()).isNull();
  }

  @Test
  void parsingIsThreadSafe() throws Exception {
    List<String> sqls = new ArrayList<>();
    for (int i = 0; i < 90; i++) {
      sqls.add(i % 3 == 0 ? "SELECT a" + i + "::INT FROM t" + i
          : i % 10 == 1 ? "SELECT a" + i + " FROM t" + i + " WHERE )" : "SELECT a" + i + " FROM t" + i);
    }
    List<String> expected = new ArrayList<>();
    for (String s : sqls) {
      expected.add(describe(parse(s)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (int round = 0; round < 5; round++) {
        List<Future<String>> futures = new ArrayList<>();
        for (String s : sqls) {
          futures.add(pool.submit(() -> describe(parse(s))));
        }
        for (int i = 0; i < sqls.size(); i++) {
          assertThat(futures.get(i).get()).isEqualTo(expected.get(i));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static String describe(ParsedModel p) {
    return p.query() != null ? p.query().toString() + p.tableReferences() : p.parseError().toString();
  }
}
