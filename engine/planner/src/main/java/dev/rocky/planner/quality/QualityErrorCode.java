package dev.rocky.planner.quality;

import dev.rocky.core.run.ClassifiedErrorCode;

/** Errors of data-quality configuration and SQL: all of them user errors, raised before any query runs. */
public enum QualityErrorCode implements ClassifiedErrorCode {
  /** An assertion, check or test is malformed: an unknown type, a missing or wrong-typed key. */
  QUALITY_INVALID_CONFIG,
  /** A SQL fragment (expression, filter, custom query) could end the statement or escape its place. */
  QUALITY_UNSAFE_SQL,
  /** A quarantine would write one table over another. */
  QUALITY_TABLE_COLLISION,
  /** A unit test's fixture or expectation cannot be turned into rows. */
  QUALITY_INVALID_FIXTURE;

  @Override
  public Classification classification() {
    return Classification.REJECTED;
  }
}
