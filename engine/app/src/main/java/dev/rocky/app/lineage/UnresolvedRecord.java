package dev.rocky.app.lineage;

import dev.rocky.compiler.lineage.UnresolvedRef;
import java.util.List;
import java.util.Objects;

/**
 * A column whose lineage is unknown, with the reason ({@code column} is {@code *} for the unnamed
 * columns of a star that could not be expanded). Beyond Rocky: an empty list means the lineage shown
 * is complete.
 */
public record UnresolvedRecord(String model, String column, String reason) {
  public UnresolvedRecord {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(reason, "reason");
  }

  public static List<UnresolvedRecord> of(List<UnresolvedRef> refs) {
    return refs.stream().map(u -> new UnresolvedRecord(u.column().model(), u.column().column(), u.reason())).toList();
  }
}
