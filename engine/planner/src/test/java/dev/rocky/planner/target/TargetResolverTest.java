package dev.rocky.planner.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rocky.core.project.TargetRef;
import dev.rocky.planner.sql.SqlDialect;
import dev.rocky.planner.sql.TableName;
import org.junit.jupiter.api.Test;

class TargetResolverTest {

  @Test
  void fillsTheDefaultSchemaAndKeepsTwoPartNamesWithoutCatalog() {
    TargetResolver duck = TargetResolver.of(SqlDialect.DUCKDB);
    assertThat(duck.resolve(new TargetRef(null, null, "t"))).isEqualTo(new TableName(null, "main", "t"));
    assertThat(duck.resolve(new TargetRef("", "", "t"))).isEqualTo(new TableName(null, "main", "t"));
    assertThat(duck.resolve(new TargetRef("cat", "s", "t"))).isEqualTo(new TableName("cat", "s", "t"));
    assertThat(TargetResolver.of(SqlDialect.SNOWFLAKE).resolve(new TargetRef("DB", null, "t")))
        .isEqualTo(new TableName("DB", "PUBLIC", "t"));
    assertThat(TargetResolver.of(SqlDialect.DATABRICKS).resolve(new TargetRef(null, null, "t")))
        .isEqualTo(new TableName(null, "default", "t"));
  }

  @Test
  void usesConfiguredDefaults() {
    TargetResolver r = new TargetResolver("warehouse", "analytics", null);
    assertThat(r.resolve(new TargetRef(null, null, "t"))).isEqualTo(new TableName("warehouse", "analytics", "t"));
    assertThat(r.resolve(new TargetRef("other", "s", "t"))).isEqualTo(new TableName("other", "s", "t"));
  }

  @Test
  void aBranchMovesEveryTargetIntoItsSchemaOfTheSameCatalog() {
    TargetResolver r = TargetResolver.of(SqlDialect.DUCKDB).onBranch("fix_revenue");
    assertThat(r.branchSchema()).contains("branch__fix_revenue");
    assertThat(r.resolve(new TargetRef("cat", "marts", "fct"))).isEqualTo(new TableName("cat", "branch__fix_revenue", "fct"));
    assertThat(r.resolve(new TargetRef(null, null, "fct"))).isEqualTo(new TableName(null, "branch__fix_revenue", "fct"));
    assertThat(r.production(new TargetRef("cat", "marts", "fct"))).isEqualTo(new TableName("cat", "marts", "fct"));
    assertThat(TargetResolver.of(SqlDialect.DUCKDB).branchSchema()).isEmpty();
  }

  @Test
  void refusesBranchNamesThatCannotBecomeASchema() {
    assertThatThrownBy(() -> TargetResolver.of(SqlDialect.DUCKDB).onBranch("fix-revenue"))
        .hasMessageContaining("branch__fix-revenue would not be a valid SQL identifier");
    assertThatThrownBy(() -> TargetResolver.of(SqlDialect.DUCKDB).onBranch("a\"; DROP"))
        .hasMessageContaining("1 to 64 of [A-Za-z0-9_.-]");
    assertThatThrownBy(() -> TargetResolver.of(SqlDialect.DUCKDB).onBranch("x".repeat(65)))
        .hasMessageContaining("1 to 64");
  }

  @Test
  void refusesHostileTargets() {
    assertThatThrownBy(() -> TargetResolver.of(SqlDialect.DUCKDB).resolve(new TargetRef(null, "s", "a\"b")))
        .hasMessageContaining("invalid table name 'a\"b'");
  }
}
