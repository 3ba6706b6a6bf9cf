package dev.rocky.planner.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rocky.core.error.RockyException;
import dev.rocky.core.project.Dialect;
import dev.rocky.planner.error.PlannerErrorCode;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class SqlDialectTest {
  private static final SqlDialect DUCK = SqlDialect.DUCKDB;
  private static final SqlDialect BRICKS = SqlDialect.DATABRICKS;
  private static final SqlDialect SNOW = SqlDialect.SNOWFLAKE;

  @Test
  void picksTheDialectOfEachAdapterType() {
    for (Dialect d : Dialect.values()) {
      assertThat(SqlDialect.of(d).dialect()).isEqualTo(d);
    }
  }

  @Test
  void doublesEmbeddedDoubleQuotesOnDuckDbAndSnowflake() {
    assertThat(DUCK.quoteIdentifier("a\"b")).isEqualTo("\"a\"\"b\"");
    assertThat(SNOW.quoteIdentifier("\"; DROP TABLE x; --")).isEqualTo("\"\"\"; DROP TABLE x; --\"");
    assertThat(DUCK.quoteIdentifier("with space")).isEqualTo("\"with space\"");
    assertThat(DUCK.quoteIdentifier("back`tick")).isEqualTo("\"back`tick\"");
  }

  @Test
  void doublesEmbeddedBackticksOnDatabricks() {
    assertThat(BRICKS.quoteIdentifier("a`b")).isEqualTo("`a``b`");
    assertThat(BRICKS.quoteIdentifier("`; DROP TABLE x; --")).isEqualTo("```; DROP TABLE x; --`");
    assertThat(BRICKS.quoteIdentifier("quote\"and space")).isEqualTo("`quote\"and space`");
  }

  @Test
  void snowflakeQuotesBareColumnsAsTheyFoldButKeepsOthersVerbatim() {
    assertThat(SNOW.quoteReference("amount")).isEqualTo("\"AMOUNT\"");
    assertThat(SNOW.quoteReference("Order")).isEqualTo("\"ORDER\"");
    assertThat(SNOW.quoteReference("total amount")).isEqualTo("\"total amount\"");
    assertThat(SNOW.quoteReference("we\"ird")).isEqualTo("\"we\"\"ird\"");
    assertThat(DUCK.quoteReference("Amount")).isEqualTo("\"Amount\"");
    assertThat(BRICKS.quoteReference("Amount")).isEqualTo("`Amount`");
  }

  @Test
  void refusesEmptyAndControlCharacterColumnNames() {
    assertThatThrownBy(() -> DUCK.quoteReference("")).isInstanceOf(RockyException.class)
        .hasMessageContaining("must not be empty");
    assertThatThrownBy(() -> SNOW.quoteReference("a\u0000b")).isInstanceOf(RockyException.class)
        .hasMessageContaining("control characters");
  }

  @Test
  void escapesStringLiteralsForEachLexer() {
    assertThat(DUCK.stringLiteral("it's a \\ path")).isEqualTo("'it''s a \\ path'");
    assertThat(SNOW.stringLiteral("it's a \\ path")).isEqualTo("'it''s a \\\\ path'");
    assertThat(BRICKS.stringLiteral("it's a \\ path")).isEqualTo("'it\\'s a \\\\ path'");
  }

  @Test
  void rendersTimestampsToTheMicrosecond() {
    LocalDateTime whole = LocalDateTime.of(2026, 3, 1, 12, 30);
    assertThat(DUCK.timestampLiteral(whole)).isEqualTo("TIMESTAMP '2026-03-01 12:30:00'");
    assertThat(SNOW.timestampLiteral(whole.withNano(123_456_789)))
        .isEqualTo("TIMESTAMP '2026-03-01 12:30:00.123456'");
    assertThat(BRICKS.timestampLiteral(whole.withNano(1_000))).isEqualTo("TIMESTAMP '2026-03-01 12:30:00.000001'");
    assertThat(DUCK.timestampLiteral(whole.withNano(999))).isEqualTo("TIMESTAMP '2026-03-01 12:30:00'");
    assertThat(DUCK.windowBoundLiteral(whole.withNano(5_000))).isEqualTo("'2026-03-01 12:30:00'");
  }

  @Test
  void rendersTwoPartNamesWithoutCatalog() {
    assertThat(DUCK.table(new TableName(null, "main", "t"))).isEqualTo("\"main\".\"t\"");
    assertThat(DUCK.table(new TableName("", "main", "t"))).isEqualTo("\"main\".\"t\"");
    assertThat(BRICKS.table(new TableName("cat", "s", "t"))).isEqualTo("`cat`.`s`.`t`");
    assertThat(SNOW.table(new TableName("DB", "s", "t"))).isEqualTo("\"DB\".\"s\".\"t\"");
    assertThat(SNOW.schema(new TableName("DB", "s", "t"))).isEqualTo("\"DB\".\"s\"");
  }

  @Test
  void refusesTableNamesOutsideRockysIdentifierRule() {
    for (String hostile : new String[] {"a\"b", "a`b", "with space", "x; DROP TABLE y", "", "dot.ted"}) {
      assertThatThrownBy(() -> new TableName(null, "main", hostile))
          .isInstanceOf(RockyException.class)
          .hasMessageContaining("invalid table name")
          .satisfies(e -> assertThat(((RockyException) e).code()).isEqualTo(PlannerErrorCode.PLANNER_INVALID_IDENTIFIER));
    }
    assertThatThrownBy(() -> new TableName("bad-catalog", "main", "t")).hasMessageContaining("invalid catalog name");
    assertThatThrownBy(() -> new TableName(null, "bad schema", "t")).hasMessageContaining("invalid schema name");
  }
}
