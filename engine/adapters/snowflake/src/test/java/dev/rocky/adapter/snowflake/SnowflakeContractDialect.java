package dev.rocky.adapter.snowflake;

import dev.rocky.core.types.RockyType;
import dev.rocky.core.types.TypedColumn;
import dev.rocky.testkit.contract.ContractDialect;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * Snowflake spellings for the conformance suite: integers are {@code NUMBER(38,0)}, {@code TIMESTAMP}
 * is {@code TIMESTAMP_NTZ}, DDL inside a transaction commits at once, masks are masking policies.
 */
class SnowflakeContractDialect implements ContractDialect {
  private final Duration historyLag;
  private final Duration timeTravelGap;

  SnowflakeContractDialect(Duration historyLag, Duration timeTravelGap) {
    this.historyLag = historyLag;
    this.timeTravelGap = timeTravelGap;
  }

  @Override
  public TypedQueryCase typedQuery() {
    return new TypedQueryCase("SELECT CAST(1 AS INTEGER) AS i, CAST(2 AS BIGINT) AS l, CAST(3.25 AS DECIMAL(10,2)) AS d, "
        + "'x' AS s, TRUE AS b, DATE '2026-01-02' AS dt, TIMESTAMP '2026-01-02 03:04:05' AS ts, "
        + "CAST(1.5 AS DOUBLE) AS f, CAST(NULL AS VARCHAR) AS n",
        List.of(new RockyType.Decimal(38, 0), new RockyType.Decimal(38, 0), new RockyType.Decimal(10, 2), RockyType.STRING,
            RockyType.BOOLEAN, RockyType.DATE, RockyType.TIMESTAMP_NTZ, RockyType.FLOAT64, RockyType.STRING),
        Arrays.asList(BigDecimal.ONE, BigDecimal.TWO, new BigDecimal("3.25"), "x", true, LocalDate.of(2026, 1, 2),
            LocalDateTime.of(2026, 1, 2, 3, 4, 5), 1.5d, null));
  }

  @Override
  public DescribeCase describeCase() {
    return new DescribeCase("(id BIGINT NOT NULL, note VARCHAR(20), amount DECIMAL(10,2), placed DATE, "
        + "placed_at TIMESTAMP, ok BOOLEAN)", List.of(
        new TypedColumn("id", new RockyType.Decimal(38, 0), false), new TypedColumn("note", RockyType.STRING, true),
        new TypedColumn("amount", new RockyType.Decimal(10, 2), true), new TypedColumn("placed", RockyType.DATE, true),
        new TypedColumn("placed_at", RockyType.TIMESTAMP_NTZ, true), new TypedColumn("ok", RockyType.BOOLEAN, true)));
  }

  @Override
  public String numbers(int count) {
    return "SELECT SEQ4() AS n FROM TABLE(GENERATOR(ROWCOUNT => " + count + "))";
  }

  @Override
  public String maskFunctionDdl(String qualifiedName) {
    return "CREATE OR REPLACE MASKING POLICY " + qualifiedName + " AS (v VARCHAR) RETURNS VARCHAR -> '***'";
  }

  @Override
  public boolean transactionalDdl() {
    return false;
  }

  @Override
  public Duration historyLag() {
    return historyLag;
  }

  @Override
  public Duration timeTravelGap() {
    return timeTravelGap;
  }
}
