package dev.rocky.adapter.databricks;

import dev.rocky.core.types.RockyType;
import dev.rocky.core.types.TypedColumn;
import dev.rocky.testkit.contract.ContractDialect;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Databricks SQL spellings for the conformance suite; {@code TIMESTAMP} has a time zone here. */
class DatabricksContractDialect implements ContractDialect {
  private final Duration historyLag;
  private final Duration timeTravelGap;

  DatabricksContractDialect(Duration historyLag, Duration timeTravelGap) {
    this.historyLag = historyLag;
    this.timeTravelGap = timeTravelGap;
  }

  @Override
  public String quote(String identifier) {
    return DatabricksSql.quote(identifier);
  }

  @Override
  public String stringType() {
    return "STRING";
  }

  @Override
  public TypedQueryCase typedQuery() {
    return new TypedQueryCase("SELECT CAST(1 AS INT) AS i, CAST(2 AS BIGINT) AS l, CAST(3.25 AS DECIMAL(10,2)) AS d, "
        + "'x' AS s, TRUE AS b, DATE '2026-01-02' AS dt, TIMESTAMP '2026-01-02 03:04:05' AS ts, "
        + "CAST(1.5 AS DOUBLE) AS f, CAST(NULL AS STRING) AS n",
        List.of(RockyType.INT32, RockyType.INT64, new RockyType.Decimal(10, 2), RockyType.STRING, RockyType.BOOLEAN,
            RockyType.DATE, RockyType.TIMESTAMP, RockyType.FLOAT64, RockyType.STRING),
        Arrays.asList(1, 2L, new BigDecimal("3.25"), "x", true, LocalDate.of(2026, 1, 2),
            Instant.parse("2026-01-02T03:04:05Z"), 1.5d, null));
  }

  @Override
  public DescribeCase describeCase() {
    return new DescribeCase("(id BIGINT NOT NULL, note STRING, amount DECIMAL(10,2), placed DATE, "
        + "placed_at TIMESTAMP, ok BOOLEAN)", List.of(
        new TypedColumn("id", RockyType.INT64, false), new TypedColumn("note", RockyType.STRING, true),
        new TypedColumn("amount", new RockyType.Decimal(10, 2), true), new TypedColumn("placed", RockyType.DATE, true),
        new TypedColumn("placed_at", RockyType.TIMESTAMP, true), new TypedColumn("ok", RockyType.BOOLEAN, true)));
  }

  @Override
  public String numbers(int count) {
    return "SELECT id AS n FROM range(0, " + count + ")";
  }

  @Override
  public String maskFunctionDdl(String qualifiedName) {
    return "CREATE OR REPLACE FUNCTION " + DatabricksSql.qualifiedName(qualifiedName) + "(v STRING) RETURNS STRING RETURN '***'";
  }

  @Override
  public boolean multiStatementTransactions() {
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
