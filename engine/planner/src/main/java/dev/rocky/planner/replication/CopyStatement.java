package dev.rocky.planner.replication;

import java.util.Objects;

/** One statement of a table's copy, and what it does; the runner keys its behaviour on the kind. */
public record CopyStatement(Kind kind, String sql) {

  public CopyStatement {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(sql, "sql");
  }

  public enum Kind {
    CREATE_SCHEMA,
    /** Drift that cannot be applied in place: the target goes, and is copied again in full. */
    DROP_TABLE,
    ADD_COLUMN,
    ALTER_COLUMN_TYPE,
    /** The whole source into a new (or replaced) target. */
    COPY_ALL,
    /** The source rows newer than the watermark, appended. */
    COPY_NEWER,
    MERGE,
    CREATE_VIEW,
    /** One row, one column: {@code MAX(<timestamp_column>)} over the target, NULL when it is empty. */
    READ_WATERMARK
  }
}
