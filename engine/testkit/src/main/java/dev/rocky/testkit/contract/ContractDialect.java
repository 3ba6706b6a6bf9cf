package dev.rocky.testkit.contract;

import dev.rocky.core.types.RockyType;
import dev.rocky.core.types.TypedColumn;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How the conformance suite spells the few things that differ between warehouses: identifier
 * quoting, the string type, the typed-values query and what it returns, a numbers generator, a mask
 * function, and the warehouse's transaction and history behaviour. The defaults are DuckDB's (which
 * are also ANSI where ANSI has a spelling); an adapter's contract test overrides what differs.
 */
public interface ContractDialect {

  /** DuckDB's spellings: the defaults of every method. */
  ContractDialect DEFAULT = new ContractDialect() {};

  /** Quotes an identifier verbatim. */
  default String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  /** The type of a free-length string column in DDL. */
  default String stringType() {
    return "VARCHAR";
  }

  /** A one-row query of typed literals and what the adapter must read back. */
  default TypedQueryCase typedQuery() {
    return new TypedQueryCase("SELECT CAST(1 AS INTEGER) AS i, CAST(2 AS BIGINT) AS l, "
        + "CAST(3.25 AS DECIMAL(10,2)) AS d, 'x' AS s, TRUE AS b, DATE '2026-01-02' AS dt, "
        + "TIMESTAMP '2026-01-02 03:04:05' AS ts, CAST(1.5 AS DOUBLE) AS f, CAST(NULL AS VARCHAR) AS n",
        List.of(RockyType.INT32, RockyType.INT64, new RockyType.Decimal(10, 2), RockyType.STRING, RockyType.BOOLEAN,
            RockyType.DATE, RockyType.TIMESTAMP, RockyType.FLOAT64, RockyType.STRING),
        Arrays.asList(1, 2L, new BigDecimal("3.25"), "x", true, LocalDate.of(2026, 1, 2),
            LocalDateTime.of(2026, 1, 2, 3, 4, 5), 1.5d, null));
  }

  /** Column definitions for the describe test, and the columns describeTable must return for them. */
  default DescribeCase describeCase() {
    return new DescribeCase("(id BIGINT NOT NULL, note VARCHAR(20), amount DECIMAL(10,2), placed DATE, "
        + "placed_at TIMESTAMP, ok BOOLEAN)", List.of(
        new TypedColumn("id", RockyType.INT64, false), new TypedColumn("note", RockyType.STRING, true),
        new TypedColumn("amount", new RockyType.Decimal(10, 2), true), new TypedColumn("placed", RockyType.DATE, true),
        new TypedColumn("placed_at", RockyType.TIMESTAMP, true), new TypedColumn("ok", RockyType.BOOLEAN, true)));
  }

  /** A query of one column {@code n} holding 0 .. count-1, in any order. */
  default String numbers(int count) {
    return "SELECT CAST(range AS BIGINT) AS n FROM range(0, " + count + ")";
  }

  /**
   * DDL creating the mask {@code qualifiedName} (dotted, unquoted) that turns any string into
   * {@code ***}: a SQL function on Databricks, a masking policy on Snowflake. Needed with MASKING.
   */
  default String maskFunctionDdl(String qualifiedName) {
    throw new UnsupportedOperationException("override maskFunctionDdl to test MASKING");
  }

  /** A principal that exists in the warehouse, for the grants test. */
  default String grantee() {
    return "analysts";
  }

  /** Whether BEGIN ... COMMIT spans several statements (Databricks: no). */
  default boolean multiStatementTransactions() {
    return true;
  }

  /** Whether DDL inside a transaction rolls back with it (Snowflake commits DDL at once). */
  default boolean transactionalDdl() {
    return true;
  }

  /** How long a finished statement may take to show in the query history. */
  default Duration historyLag() {
    return Duration.ofSeconds(5);
  }

  /** The pause around the instant a time-travel read goes back to. */
  default Duration timeTravelGap() {
    return Duration.ofSeconds(1);
  }

  /** A typed query, the Rocky types of its columns, and its single row. */
  record TypedQueryCase(String sql, List<RockyType> types, List<@Nullable Object> row) {
    public TypedQueryCase {
      types = List.copyOf(types);
      row = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(row));
    }
  }

  /** Column definitions in parentheses, and the described columns (names compared case-insensitively). */
  record DescribeCase(String columnsDdl, List<TypedColumn> expected) {
    public DescribeCase {
      expected = List.copyOf(expected);
    }
  }
}
