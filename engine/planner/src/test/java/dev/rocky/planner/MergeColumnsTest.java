package dev.rocky.planner;

import static dev.rocky.planner.Fixtures.complete;
import static dev.rocky.planner.Fixtures.incomplete;
import static dev.rocky.planner.Fixtures.merge;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rocky.core.error.RockyException;
import dev.rocky.core.types.ModelSchema;
import dev.rocky.planner.error.PlannerErrorCode;
import dev.rocky.planner.sql.ColumnSelection;
import dev.rocky.planner.sql.SqlDialect;
import java.util.List;
import org.junit.jupiter.api.Test;

class MergeColumnsTest {
  private static final ModelSchema SCHEMA = complete("m", "ID", "region", "amount", "total amount");

  @Test
  void updateColumnsDefaultToEveryNonKeyColumnComparedCaseInsensitively() {
    for (SqlDialect d : List.of(SqlDialect.DUCKDB, SqlDialect.DATABRICKS, SqlDialect.SNOWFLAKE)) {
      MergeColumns c = MergeColumns.resolve("m", merge(List.of("id"), null), SCHEMA, d);
      assertThat(c.keys()).containsExactly("id");
      assertThat(c.update()).isEqualTo(ColumnSelection.of(List.of("region", "amount", "total amount")));
      assertThat(c.insert()).isEqualTo(ColumnSelection.of(List.of("ID", "region", "amount", "total amount")));
    }
  }

  @Test
  void configuredUpdateColumnsWin() {
    MergeColumns c = MergeColumns.resolve("m", merge(List.of("id"), List.of("amount")), SCHEMA, SqlDialect.SNOWFLAKE);
    assertThat(c.update()).isEqualTo(ColumnSelection.of(List.of("amount")));
    assertThat(c.insert()).isEqualTo(ColumnSelection.of(List.of("ID", "region", "amount", "total amount")));
  }

  @Test
  void aMergeWhoseColumnsAreAllKeysUpdatesNothing() {
    MergeColumns c = MergeColumns.resolve("m", merge(List.of("a", "b"), null), complete("m", "a", "b"),
        SqlDialect.DUCKDB);
    assertThat(c.update()).isEqualTo(ColumnSelection.of(List.of()));
  }

  @Test
  void incompleteSchemaWithoutUpdateColumnsUpdatesEverythingOnDatabricks() {
    MergeColumns c = MergeColumns.resolve("m", merge(List.of("id"), null), incomplete("m", "id"),
        SqlDialect.DATABRICKS);
    assertThat(c.update()).isEqualTo(ColumnSelection.allByName());
    assertThat(c.insert()).isEqualTo(ColumnSelection.allByName());
  }

  @Test
  void incompleteSchemaWithoutUpdateColumnsFailsElsewhereAskingForThem() {
    for (SqlDialect d : List.of(SqlDialect.DUCKDB, SqlDialect.SNOWFLAKE)) {
      assertThatThrownBy(() -> MergeColumns.resolve("fct", merge(List.of("id"), null), incomplete("fct", "id"), d))
          .isInstanceOf(RockyException.class)
          .hasMessageContaining("model 'fct'")
          .hasMessageContaining("add update_columns")
          .hasMessageContaining(d.dialect().id())
          .satisfies(e -> assertThat(((RockyException) e).code())
              .isEqualTo(PlannerErrorCode.PLANNER_MERGE_NEEDS_UPDATE_COLUMNS));
    }
    assertThatThrownBy(() -> MergeColumns.resolve("fct", merge(List.of("id"), null), ModelSchema.unknown("fct"),
        SqlDialect.SNOWFLAKE)).hasMessageContaining("add update_columns");
  }

  @Test
  void incompleteSchemaWithUpdateColumnsInsertsByNameWhereTheDialectCan() {
    var merge = merge(List.of("id"), List.of("amount", "id"));
    assertThat(MergeColumns.resolve("m", merge, incomplete("m"), SqlDialect.DUCKDB).insert())
        .isEqualTo(ColumnSelection.allByName());
    assertThat(MergeColumns.resolve("m", merge, incomplete("m"), SqlDialect.DATABRICKS).insert())
        .isEqualTo(ColumnSelection.allByName());
    assertThat(MergeColumns.resolve("m", merge, incomplete("m"), SqlDialect.SNOWFLAKE).insert())
        .isEqualTo(ColumnSelection.of(List.of("id", "amount")));
  }

  @Test
  void configuredColumnsFollowRockysIdentifierRule() {
    assertThatThrownBy(() -> MergeColumns.resolve("m", merge(List.of("id; DROP"), null), SCHEMA, SqlDialect.DUCKDB))
        .hasMessageContaining("invalid unique_key column 'id; DROP'");
    assertThatThrownBy(() -> MergeColumns.resolve("m", merge(List.of("id"), List.of("a\"b")), SCHEMA,
        SqlDialect.DUCKDB)).hasMessageContaining("invalid update_columns column 'a\"b'");
    assertThatThrownBy(() -> MergeColumns.resolve("m", merge(List.of(), null), SCHEMA, SqlDialect.DUCKDB))
        .hasMessage("model 'm': merge needs at least one column in unique_key");
  }
}
