package dev.rocky.planner.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SqlTextTest {
  private static final SqlDialect DUCK = SqlDialect.DUCKDB;
  private static final SqlDialect SNOW = SqlDialect.SNOWFLAKE;

  @Test
  void trimsTrailingSemicolonsCommentsAndBlanks() {
    assertThat(SqlText.trimEnd("SELECT 1;", DUCK)).isEqualTo("SELECT 1");
    assertThat(SqlText.trimEnd("SELECT 1 ; ;\n\n", DUCK)).isEqualTo("SELECT 1");
    assertThat(SqlText.trimEnd("SELECT 1; -- done\n/* end */\n", DUCK)).isEqualTo("SELECT 1");
    assertThat(SqlText.trimEnd("SELECT 1 -- no semicolon", DUCK)).isEqualTo("SELECT 1");
  }

  @Test
  void keepsSemicolonsInsideLiteralsQuotedNamesAndComments() {
    assertThat(SqlText.trimEnd("SELECT ';'", DUCK)).isEqualTo("SELECT ';'");
    assertThat(SqlText.trimEnd("SELECT 1 AS \";\"", DUCK)).isEqualTo("SELECT 1 AS \";\"");
    assertThat(SqlText.trimEnd("SELECT 'it''s;'", DUCK)).isEqualTo("SELECT 'it''s;'");
    assertThat(SqlText.trimEnd("SELECT 'a\\';'", SNOW)).isEqualTo("SELECT 'a\\';'");
    assertThat(SqlText.trimEnd("SELECT 1 /* ; */", DUCK)).isEqualTo("SELECT 1");
    assertThat(SqlText.trimEnd("-- only a comment;", DUCK)).isEmpty();
  }

  @Test
  void findsALeadingWithPastCommentsInAnyCase() {
    assertThat(SqlText.leadingWith("SELECT 1")).isEmpty();
    assertThat(SqlText.leadingWith("WITHIN AS (SELECT 1) SELECT 1")).isEmpty();
    assertThat(SqlText.leadingWith("SELECT 1 FROM t WITH x")).isEmpty();
    var with = SqlText.leadingWith("-- header\n/* more */ with a AS (SELECT 1) SELECT * FROM a").orElseThrow();
    assertThat(with.keywordStart()).isEqualTo(21);
    assertThat(with.listStart()).isEqualTo(25);
    assertThat(with.recursive()).isFalse();
  }

  @Test
  void findsWithRecursive() {
    String sql = "WITH /* c */ RECURSIVE r AS (SELECT 1) SELECT * FROM r";
    var with = SqlText.leadingWith(sql).orElseThrow();
    assertThat(with.recursive()).isTrue();
    assertThat(sql.substring(with.listStart())).isEqualTo(" r AS (SELECT 1) SELECT * FROM r");
  }

  @Test
  void replacesPlaceholdersOnlyInCodeAndOnlyWholeNames() {
    Map<String, String> values = Map.of("start_date", "'2026-04-01 00:00:00'", "end_date", "'2026-04-02 00:00:00'");
    String sql = """
        SELECT * FROM t -- between @start_date and @end_date
        WHERE ts >= @start_date AND ts < @end_date
          AND note <> '@start_date' AND "@end_date" IS NOT NULL AND x = @start_date_x""";
    assertThat(SqlText.replacePlaceholders(sql, values, DUCK)).isEqualTo("""
        SELECT * FROM t -- between @start_date and @end_date
        WHERE ts >= '2026-04-01 00:00:00' AND ts < '2026-04-02 00:00:00'
          AND note <> '@start_date' AND "@end_date" IS NOT NULL AND x = @start_date_x""");
  }
}
