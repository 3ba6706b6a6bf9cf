package dev.rocky.app.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rocky.core.error.RockyException;
import dev.rocky.core.port.ExecutionResult;
import dev.rocky.core.port.QueryResult;
import dev.rocky.core.port.WarehouseAdapter;
import dev.rocky.core.port.WarehouseCapability;
import dev.rocky.core.project.Dialect;
import dev.rocky.core.project.TargetRef;
import dev.rocky.core.error.ErrorCode;
import dev.rocky.core.error.ErrorType;
import dev.rocky.core.types.RockyType;
import dev.rocky.core.types.TypedColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Credits from Snowflake's QUERY_ATTRIBUTION_HISTORY, and the fallback when the view cannot be read. */
class SnowflakeAttributedCreditsTest {
  static final String Q1 = "01b3c5d7-0000-4a1b-0000-00015e2a9f31";
  static final String Q2 = "01b3c5d7-0000-4a1b-0000-00015e2a9f32";

  enum NotAuthorized implements ErrorCode {
    SNOWFLAKE_NOT_AUTHORIZED;

    @Override
    public ErrorType type() {
      return ErrorType.USER_ERROR;
    }
  }

  /** A hand-written Snowflake that answers queries from a script (or fails them). */
  static final class ScriptedSnowflake implements WarehouseAdapter {
    final List<String> asked = new ArrayList<>();
    final @Nullable List<List<@Nullable Object>> rows;

    ScriptedSnowflake(@Nullable List<List<@Nullable Object>> rows) {
      this.rows = rows;
    }

    @Override
    public QueryResult query(String sql) {
      asked.add(sql);
      if (rows == null) {
        throw new RockyException(NotAuthorized.SNOWFLAKE_NOT_AUTHORIZED,
            "SQL compilation error: Object 'QUERY_ATTRIBUTION_HISTORY' does not exist or not authorized.");
      }
      return new QueryResult(List.of(new TypedColumn("QUERY_ID", RockyType.Simple.STRING, false),
          new TypedColumn("CREDITS", RockyType.Simple.FLOAT64, true)), rows);
    }

    @Override
    public Dialect dialect() {
      return Dialect.SNOWFLAKE;
    }

    @Override
    public Set<WarehouseCapability> capabilities() {
      return Set.of();
    }

    @Override
    public ExecutionResult execute(String sql) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<List<TypedColumn>> describeTable(TargetRef table) {
      return Optional.empty();
    }

    @Override
    public boolean tableExists(TargetRef table) {
      return false;
    }

    @Override
    public void executeInTransaction(List<String> sqls) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<String> listSchemas() {
      return List.of();
    }

    @Override
    public List<TargetRef> listTables(String schema) {
      return List.of();
    }

    @Override
    public void close() {}
  }

  @Test
  void creditsAreReadForTheQueriesOfTheRun() {
    ScriptedSnowflake snowflake = new ScriptedSnowflake(List.of(List.of(Q1, 0.25), List.of(Q2, 0.5)));

    Map<String, Double> credits = new SnowflakeAttributedCredits(snowflake).credits(List.of(Q1, Q2, Q1));

    assertThat(credits).containsExactlyInAnyOrderEntriesOf(Map.of(Q1, 0.25, Q2, 0.5));
    assertThat(snowflake.asked).singleElement().asString()
        .contains("snowflake.account_usage.query_attribution_history")
        .endsWith("WHERE query_id IN ('" + Q1 + "', '" + Q2 + "')");
  }

  @Test
  void idsThatAreNotSnowflakeQueryIdsNeverReachTheSql() {
    ScriptedSnowflake snowflake = new ScriptedSnowflake(List.of());
    new SnowflakeAttributedCredits(snowflake).credits(List.of("x') OR 1=1 --", Q1));
    assertThat(snowflake.asked).singleElement().asString().doesNotContain("OR 1=1").contains(Q1);
    assertThat(new SnowflakeAttributedCredits(snowflake).credits(List.of("not-an-id"))).isEmpty();
    assertThat(snowflake.asked).hasSize(1);
    assertThatThrownBy(() -> SnowflakeAttributedCredits.lookup(List.of("' OR 1=1")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anAccountWithoutTheViewGivesNoCreditsSoDurationsPriceTheRun() {
    assertThat(new SnowflakeAttributedCredits(new ScriptedSnowflake(null)).credits(List.of(Q1))).isEmpty();
  }
}
