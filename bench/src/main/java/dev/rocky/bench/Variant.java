package dev.rocky.bench;

/** The SQL shape of a generated model (perf-anchors section 1). */
public enum Variant {
  /** Renames and casts from its own raw table, plus 0-8 pass-through columns. */
  SOURCE(ModelKind.SOURCE),
  /** Explicit cleaned columns, {@code ROW_NUMBER()} window, {@code WHERE}. */
  STAGING_CLEAN(ModelKind.STAGING),
  /** {@code SELECT *} plus three derived columns, one of them a window function. */
  STAGING_SELECT_STAR(ModelKind.STAGING),
  /** {@code WITH base AS (a JOIN b)} then {@code GROUP BY}. */
  INTERMEDIATE_JOIN2(ModelKind.INTERMEDIATE),
  /** {@code WITH base AS (a JOIN b LEFT JOIN c)} then {@code GROUP BY}. */
  INTERMEDIATE_JOIN3(ModelKind.INTERMEDIATE),
  /** A single input, {@code GROUP BY ... HAVING COUNT(*) >= k}. */
  INTERMEDIATE_HAVING(ModelKind.INTERMEDIATE),
  /** Intermediate {@code LEFT JOIN} staging, 3-way {@code CASE}, running {@code SUM} and {@code RANK}. */
  MART(ModelKind.MART);

  private final ModelKind kind;

  Variant(ModelKind kind) {
    this.kind = kind;
  }

  public ModelKind kind() {
    return kind;
  }
}
