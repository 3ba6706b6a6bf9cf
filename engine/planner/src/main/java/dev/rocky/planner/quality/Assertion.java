package dev.rocky.planner.quality;

import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One assertion on one table: its kind, the column it is about, how much a failure matters, and
 * an optional {@code filter} (a SQL predicate; rows where it is not TRUE pass unconditionally).
 *
 * @param declaredName the {@code name} written in the configuration, if any
 * @param failOnError per-assertion override of the pipeline's {@code fail_on_error}, or null
 */
public record Assertion(
    @Nullable String declaredName,
    AssertionKind kind,
    @Nullable String column,
    CheckSeverity severity,
    @Nullable String filter,
    @Nullable Boolean failOnError) {

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9_]+");

  public Assertion {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(severity, "severity");
    if (kind.needsColumn() && (column == null || column.isBlank())) {
      throw new IllegalArgumentException(kind.id() + " needs a column");
    }
    if (filter != null && filter.isBlank()) {
      filter = null;
    }
  }

  /** The result's name: the declared one, else {@code <kind>:<column>}, else the kind. */
  public String name() {
    if (declaredName != null && !declaredName.isBlank()) {
      return declaredName;
    }
    return column == null ? kind.id() : kind.id() + ":" + column;
  }

  /**
   * The base of this assertion's quarantine label column ({@code _error_<base>}): the declared
   * name when it is an identifier, else {@code <kind>_<column>}, else the kind.
   */
  public String labelBase() {
    if (declaredName != null && IDENTIFIER.matcher(declaredName).matches()) {
      return declaredName;
    }
    return column != null && IDENTIFIER.matcher(column).matches() ? kind.id() + "_" + column : kind.id();
  }
}
