package dev.rocky.compiler.sql;

import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.project.Dialect;
import java.util.List;
import java.util.Objects;
import org.apache.calcite.sql.SqlNode;
import org.jspecify.annotations.Nullable;

/**
 * A model's SQL after parsing. Exactly one of {@code query} and {@code parseError} is non-null: the
 * query tree (positions are those of the model's file) or the E004 diagnostic saying why the SQL could
 * not be read. {@code sql} is the text as written (placeholders included). The tree is never mutated
 * after parsing, so it may be read from several threads.
 */
public record ParsedModel(
    String modelName,
    String file,
    String sql,
    Dialect dialect,
    @Nullable SqlNode query,
    @Nullable Diagnostic parseError,
    List<TableReference> tableReferences) {

  public ParsedModel {
    Objects.requireNonNull(modelName, "modelName");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(sql, "sql");
    Objects.requireNonNull(dialect, "dialect");
    tableReferences = List.copyOf(tableReferences);
    if ((query == null) == (parseError == null)) {
      throw new IllegalArgumentException("exactly one of query and parseError must be set");
    }
  }

  /** Whether the SQL was read. */
  public boolean parsed() {
    return query != null;
  }
}
