package dev.rocky.compiler.sql.fast;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast path builds exactly Calcite's tree (nodes, operators, every position) or steps aside; it
 * never accepts what Calcite rejects. Checked on probes of every construct it reads and many it
 * does not, on every keyword in name and function positions, and (in {@code FastParserFixturesTest})
 * on the fixture projects' models.
 */
class FastParserTest {

  static Stream<String> probes() throws IOException {
    try (InputStream in = FastParserTest.class.getResourceAsStream("/fast-parser-probes.sql")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return Stream.of(text.split("\n;;\n")).map(String::strip).filter(s -> !s.isEmpty());
    }
  }

  @ParameterizedTest
  @MethodSource("probes")
  void agreesWithCalciteOnProbes(String sql) {
    assertThat(CalciteParsing.disagreement(sql, false)).as(sql).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "SELECT a, b AS c, t.d e FROM s.t AS t WHERE a = 1 AND b <> 2 OR NOT c >= 3",
      "SELECT UPPER(TRIM(name)) AS name, COALESCE(category, 'unknown') AS category FROM src_1",
      "SELECT ROW_NUMBER() OVER (PARTITION BY id ORDER BY updated_at DESC) AS r FROM t",
      "SELECT SUM(x) OVER (ORDER BY y ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) FROM t",
      "SELECT ROUND(CAST(amount AS DECIMAL(10, 2)), 2) AS amount FROM raw.accounts_1",
      "SELECT CASE WHEN a >= 1 THEN 'high' ELSE 'low' END AS tier FROM t",
      "WITH base AS (SELECT a.id FROM a INNER JOIN b ON a.id = b.id) SELECT id, COUNT(*) FROM base GROUP BY id HAVING COUNT(*) >= 3",
      "SELECT a FROM t LEFT JOIN u ON t.id = u.id WHERE t.x IN (1, 2) ORDER BY a LIMIT 10",
      "SELECT \"date_diff\"('hour', a, b), a + INTERVAL '1' DAY, ARRAY[1, 2] FROM t",
      "SELECT a FROM t UNION ALL SELECT b FROM u",
  })
  void readsTheCommonSubsetItself(String sql) {
    assertThat(FastParser.parse(sql, false)).as(sql).isNotNull();
    assertThat(CalciteParsing.disagreement(sql, false)).as(sql).isNull();
  }

  @Test
  void aParseAfterALongerOneOrAGiveUpReadsOnlyItsOwnTokens() {
    String longer = "SELECT a, b, c, d, e, f, g FROM s.t AS t WHERE a = 1 AND b = 2 ORDER BY a, b, c LIMIT 10";
    String shorter = "SELECT x FROM u";
    assertThat(FastParser.parse(longer, false)).isNotNull();
    assertThat(CalciteParsing.disagreement(shorter, false)).isNull();
    assertThat(FastParser.parse("SELECT /*+ hint */ a, b, c, d FROM t", false)).isNull(); // the lexer gives up
    assertThat(FastParser.parse(shorter, false)).isNotNull();
    assertThat(CalciteParsing.disagreement(shorter, false)).isNull();
    assertThat(CalciteParsing.disagreement(longer, false)).isNull();
  }

  @Test
  void backticksQuoteNamesForDatabricks() {
    String sql = "SELECT `a b`, c FROM `db`.`t`";
    assertThat(FastParser.parse(sql, true)).isNotNull();
    assertThat(CalciteParsing.disagreement(sql, true)).isNull();
    assertThat(FastParser.parse(sql, false)).isNull();
  }

  @Test
  void agreesWithCalciteOnEveryKeywordAsANameOrFunction() {
    List<String> words = new ArrayList<>();
    words.addAll(List.of(CalciteKeywords.RESERVED_WORDS.trim().split("\\s+")));
    words.addAll(List.of(CalciteKeywords.NON_RESERVED_WORDS.trim().split("\\s+")));
    String[] templates = {"SELECT %s(a) FROM t", "SELECT %s(a, b) FROM t", "SELECT %s() FROM t", "SELECT %s FROM t",
        "SELECT x.%s FROM t", "SELECT a %s FROM t", "SELECT a AS %s FROM t", "SELECT a FROM %s", "SELECT a FROM t %s",
        "SELECT %s.x(a) FROM t", "SELECT a FROM t WHERE %s = 1", "SELECT COUNT(*) OVER (%s) FROM t"};
    List<String> problems = new ArrayList<>();
    for (String w : words) {
      for (String template : templates) {
        String sql = String.format(template, w.toLowerCase(java.util.Locale.ROOT));
        String d = CalciteParsing.disagreement(sql, false);
        if (d != null) {
          problems.add(sql + " :: " + d);
        }
      }
    }
    assertThat(problems).isEmpty();
  }
}
