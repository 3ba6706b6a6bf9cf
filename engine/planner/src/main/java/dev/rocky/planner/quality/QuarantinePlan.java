package dev.rocky.planner.quality;

import dev.rocky.planner.sql.TableName;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The statements that quarantine one table's failing rows, in order.
 *
 * @param valid the table of passing rows ({@code split}, {@code drop}); null for {@code tag}
 * @param quarantine the table of failing rows ({@code split}); null otherwise
 * @param labels the label column of each quarantining assertion, in assertion order
 * @param cleanup statements to run after {@code statements} whether they succeeded or not (the
 *     working table of {@code split}); never part of the result
 */
public record QuarantinePlan(
    QuarantineMode mode,
    TableName source,
    @Nullable TableName valid,
    @Nullable TableName quarantine,
    List<Label> labels,
    List<String> statements,
    List<String> cleanup) {

  public QuarantinePlan {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(source, "source");
    labels = List.copyOf(labels);
    statements = List.copyOf(statements);
    cleanup = List.copyOf(cleanup);
  }

  /** An assertion and its {@code _error_...} column: the column's name in failing rows, NULL in passing ones. */
  public record Label(String column, Assertion assertion) {}
}
