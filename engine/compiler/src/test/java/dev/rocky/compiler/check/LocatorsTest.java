package dev.rocky.compiler.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LocatorsTest {

  @Test
  void findsStrategyKeysInTablesInlineTablesAndDottedKeys() {
    String table = "# time_column = \"no\"\n[strategy]\ntype = \"time_interval\"\n  time_column = \"ts\"\n";
    String inline = "name = \"x\"\nstrategy = { type = \"merge\", unique_key = [\"id\"] }\n";
    String dotted = "intent = \"time_column = nope\"\nstrategy.time_column = \"ts\"\n";

    assertThat(TomlLocator.of("a.toml", table).value("strategy", "time_column")).hasValueSatisfying(s ->
        assertThat(s.toString() + "/" + s.length()).isEqualTo("a.toml:4:17/4"));
    assertThat(TomlLocator.of("b.toml", inline).arrayItem("strategy", "unique_key", "id")).hasValueSatisfying(s ->
        assertThat(s.toString()).isEqualTo("b.toml:2:44"));
    assertThat(TomlLocator.of("c.toml", dotted).value("strategy", "time_column")).hasValueSatisfying(s ->
        assertThat(s.toString()).isEqualTo("c.toml:2:24"));
    assertThat(TomlLocator.of("a.toml", table).value("strategy", "granularity")).isEmpty();
  }

  @Test
  void findsKeysInTheNamedArrayTableBlock() {
    String text = "[[columns]]\nname = \"a\"\ntype = \"Int64\"\n\n[[columns]]\ntype = \"String\"\nname = \"b\"\n";
    TomlLocator toml = TomlLocator.of("c.toml", text);

    assertThat(toml.inNamedBlock("columns", "b", "type")).hasValueSatisfying(s ->
        assertThat(s.toString()).isEqualTo("c.toml:6:8"));
    assertThat(toml.inNamedBlock("columns", "a", "nullable")).hasValueSatisfying(s ->
        assertThat(s.toString()).isEqualTo("c.toml:2:8"));
  }

  @Test
  void findsMultiLineArrayItems() {
    String text = "[rules]\nrequired = [\n  \"a\",\n  \"b\", # b\n]\n";

    assertThat(TomlLocator.of("c.toml", text).arrayItem("rules", "required", "b")).hasValueSatisfying(s ->
        assertThat(s.toString()).isEqualTo("c.toml:4:3"));
  }

  @Test
  void sqlMaskingKeepsOffsetsAndSkipsCommentsAndStrings() {
    String sql = "SELECT 'a -- b', x -- c\n/* d */ FROM t";

    assertThat(SqlText.withoutComments(sql)).isEqualTo("SELECT 'a -- b', x     \n        FROM t");
    assertThat(SqlText.codeOnly(sql)).isEqualTo("SELECT '      ', x     \n        FROM t");
  }

  @Test
  void findsProjectionStarsButNotCountStar() {
    assertThat(SqlText.findProjectionStar("SELECT COUNT(*), a * b FROM t")).isEqualTo(-1);
    assertThat(SqlText.findProjectionStar("SELECT DISTINCT * FROM t")).isEqualTo(16);
    assertThat(SqlText.findProjectionStar("SELECT o.* FROM t o")).isEqualTo(9);
    assertThat(SqlText.findProjectionStar("SELECT id, * FROM t")).isEqualTo(11);
  }

  @Test
  void findsWholeWordsOnly() {
    assertThat(SqlText.findWord("SELECT order_date_x, order_date", "order_date", 0, true)).isEqualTo(21);
    assertThat(SqlText.findWord("WHERE ts >= @start_dates", "@start_date", 0, false)).isEqualTo(-1);
  }
}
