package dev.rocky.planner.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rocky.planner.Golden;
import dev.rocky.planner.sql.SqlDialect;
import dev.rocky.planner.sql.TableName;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The identity, time travel, replay schema and content hash statements of Databricks and Snowflake. */
class TimeTravelSqlGoldenTest {
  private static final TableName ORDERS = new TableName("analytics", "raw", "orders");
  private static final TableName FCT = new TableName("analytics", "marts", "fct_revenue");
  private static final String RUN = "run-20260105-120000-000";
  private static final Instant AT = Instant.parse("2026-01-05T12:00:00.123456789Z");

  @Test
  void databricksReadsDeltaVersions() {
    TimeTravelSql sql = new TimeTravelSql(SqlDialect.DATABRICKS);
    TableName replay = sql.inReplaySchema(FCT, RUN);
    StringBuilder out = new StringBuilder();
    section(out, "input identity: the latest commit", sql.latestVersion(ORDERS));
    section(out, "an input read at its version", "SELECT * FROM " + sql.readAt(ORDERS, new TravelPoint.Version(42)));
    section(out, "replay schema", sql.createSchema(replay));
    section(out, "prior target at its version", sql.cloneAt(FCT, replay, new TravelPoint.Version(7)));
    section(out, "content hash", sql.contentHash(FCT, List.of("order_id", "amount", "we`ird")));
    section(out, "cleanup", sql.dropSchema(replay));
    Golden.assertMatches("replay/databricks.sql", out.toString());
    assertThat(sql.versionsPerTable()).isTrue();
    assertThatThrownBy(sql::statementTime).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> sql.atClause(new TravelPoint.At(AT))).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void snowflakeReadsAtTheStatementTime() {
    TimeTravelSql sql = new TimeTravelSql(SqlDialect.SNOWFLAKE);
    TableName replay = sql.inReplaySchema(FCT, RUN);
    StringBuilder out = new StringBuilder();
    section(out, "input identity: the statement time", sql.statementTime());
    section(out, "an input read at that time", "SELECT * FROM " + sql.readAt(ORDERS, new TravelPoint.At(AT)));
    section(out, "replay schema", sql.createSchema(replay));
    section(out, "prior target at that time", sql.cloneAt(FCT, replay, new TravelPoint.At(AT)));
    section(out, "content hash", sql.contentHash(FCT, List.of("ORDER_ID", "AMOUNT", "we\"ird")));
    section(out, "cleanup", sql.dropSchema(replay));
    Golden.assertMatches("replay/snowflake.sql", out.toString());
    assertThat(sql.versionsPerTable()).isFalse();
    assertThatThrownBy(() -> sql.latestVersion(ORDERS)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> sql.atClause(new TravelPoint.Version(1))).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void duckDbHasNoTimeTravelAndReplaySchemasAreNames() {
    assertThat(TimeTravelSql.supports(SqlDialect.DUCKDB)).isFalse();
    assertThatThrownBy(() -> new TimeTravelSql(SqlDialect.DUCKDB)).isInstanceOf(IllegalArgumentException.class);
    assertThat(TimeTravelSql.replaySchema("run-20260105-120000-000")).isEqualTo("replay__run_20260105_120000_000");
    assertThat(TimeTravelSql.replaySchema("Run.A\"1")).isEqualTo("replay__run_a_1");
    assertThatThrownBy(() -> new TravelPoint.Version(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  private static void section(StringBuilder out, String title, String statement) {
    out.append("-- ").append(title).append('\n').append(statement).append(";\n\n");
  }
}
