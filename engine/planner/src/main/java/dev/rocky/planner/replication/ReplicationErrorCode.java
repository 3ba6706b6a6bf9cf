package dev.rocky.planner.replication;

import dev.rocky.core.run.ClassifiedErrorCode;

/** Error codes of replication planning: each is a mistake in {@code rocky.toml} or on the command line. */
public enum ReplicationErrorCode implements ClassifiedErrorCode {
  /** {@code source.schema_pattern} is missing or cannot split schema names. */
  REPLICATION_INVALID_SCHEMA_PATTERN,
  /** A {@code catalog_template} or {@code schema_template} names a component the pattern lacks. */
  REPLICATION_INVALID_TEMPLATE,
  /** Two {@code [[table_overrides]]} of the same specificity set one field of one table differently. */
  REPLICATION_OVERRIDE_CONFLICT,
  /** A strategy lacks a setting it needs, e.g. {@code merge} without {@code merge_keys}. */
  REPLICATION_INVALID_STRATEGY,
  /** A {@code metadata_columns} entry has a name, type or value that cannot go into SQL. */
  REPLICATION_INVALID_METADATA_COLUMN,
  /** {@code --filter} is not {@code key=value} or names no component of the pattern. */
  REPLICATION_INVALID_FILTER,
  /** A configured column (timestamp or merge key) is not a column of the source table. */
  REPLICATION_UNKNOWN_COLUMN;

  @Override
  public Classification classification() {
    return Classification.REJECTED;
  }
}
