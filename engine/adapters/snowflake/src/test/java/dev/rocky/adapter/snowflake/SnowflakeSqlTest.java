package dev.rocky.adapter.snowflake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.core.project.TargetRef;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SnowflakeSqlTest {
  private static final TargetRef T = new TargetRef("ANALYTICS", "marts", "fct_orders");

  @Test
  void targetsAreQuotedVerbatimAndBareColumnsFoldToUpperCase() {
    assertThat(SnowflakeSql.table(T)).isEqualTo("\"ANALYTICS\".\"marts\".\"fct_orders\"");
    assertThat(SnowflakeSql.reference("email")).isEqualTo("\"EMAIL\"");
    assertThat(SnowflakeSql.reference("Mixed Case")).isEqualTo("\"Mixed Case\"");
    assertThat(SnowflakeSql.quote("a\"b")).isEqualTo("\"a\"\"b\"");
  }

  @Test
  void capabilityStatements() {
    assertThat(SnowflakeSql.clone(T, new TargetRef("ANALYTICS", "dev", "fct_orders")))
        .isEqualTo("CREATE OR REPLACE TABLE \"ANALYTICS\".\"dev\".\"fct_orders\" CLONE \"ANALYTICS\".\"marts\".\"fct_orders\"");
    assertThat(SnowflakeSql.asOf(T, Instant.parse("2026-01-02T03:04:05.123Z")))
        .isEqualTo("SELECT * FROM \"ANALYTICS\".\"marts\".\"fct_orders\" AT(TIMESTAMP => TO_TIMESTAMP_LTZ('2026-01-02T03:04:05.123000000Z'))");
    assertThat(SnowflakeSql.setMaskingPolicy(T, "email", "governance.masks.redact"))
        .isEqualTo("ALTER TABLE \"ANALYTICS\".\"marts\".\"fct_orders\" MODIFY COLUMN \"EMAIL\" SET MASKING POLICY governance.masks.redact FORCE");
    assertThat(SnowflakeSql.grant("SELECT", T, "analysts")).endsWith("TO ROLE analysts");
    assertThat(SnowflakeSql.revoke("SELECT", T, "data team")).endsWith("FROM ROLE \"data team\"");
  }

  @Test
  void namesAndPrivilegesAreCheckedBeforeUse() {
    assertThat(SnowflakeSql.validPolicyName("db.schema.policy")).isTrue();
    assertThat(SnowflakeSql.validPolicyName("p; DROP TABLE t")).isFalse();
    assertThat(SnowflakeSql.validPrincipal("analyst@example.com")).isTrue();
    assertThat(SnowflakeSql.validPrincipal("x'; --")).isFalse();
    assertThat(SnowflakeSql.tablePrivilege(" select ")).contains("SELECT");
    assertThat(SnowflakeSql.tablePrivilege("SELECT ON x")).isEmpty();
  }

  @Test
  void theQueryTagIsJsonEvenForOddModelNames() {
    assertThat(SnowflakeSql.queryTag("fct_orders")).isEqualTo("{\"app\":\"rocky\",\"rocky_model\":\"fct_orders\"}");
    assertThat(SnowflakeSql.queryTag("a\"b\\c")).isEqualTo("{\"app\":\"rocky\",\"rocky_model\":\"a\\\"b\\\\c\"}");
  }
}
