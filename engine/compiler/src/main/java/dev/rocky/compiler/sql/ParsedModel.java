package dev.rocky.compiler.sql;

import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.diagnostic.SourceSpan;
import dev.rocky.core.project.Dialect;
import java.util.List;
import java.util.Objects;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.jspecify.annotations.Nullable;

/**
 * A model's SQL after parsing. Exactly one of {@code query} and {@code parseError} is non-null: the
 * query tree or the E004 diagnostic saying why the SQL could not be read. {@code sql} is the text as
 * written (placeholders included). The parser may have read a rewritten text (a keyword quoted, a list
 * literal spelled {@code ARRAY[...]}), so the tree's positions go through {@code sourceMap} (see
 * {@link #span}) to become positions in the model's file. The tree is never mutated after parsing, so
 * it may be read from several threads.
 */
public record ParsedModel(
    String modelName,
    String file,
    String sql,
    Dialect dialect,
    @Nullable SqlNode query,
    @Nullable Diagnostic parseError,
    List<TableReference> tableReferences,
    SourceMap sourceMap) {

  public ParsedModel {
    Objects.requireNonNull(modelName, "modelName");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(sql, "sql");
    Objects.requireNonNull(dialect, "dialect");
    Objects.requireNonNull(sourceMap, "sourceMap");
    tableReferences = List.copyOf(tableReferences);
    if ((query == null) == (parseError == null)) {
      throw new IllegalArgumentException("exactly one of query and parseError must be set");
    }
  }

  /** A model parsed from its text as written (positions need no mapping). */
  public ParsedModel(String modelName, String file, String sql, Dialect dialect, @Nullable SqlNode query,
      @Nullable Diagnostic parseError, List<TableReference> tableReferences) {
    this(modelName, file, sql, dialect, query, parseError, tableReferences, SourceMap.IDENTITY);
  }

  /** Where a node of the tree is in the model's file. */
  public SourceSpan span(SqlParserPos pos) {
    return sourceMap.span(file, pos);
  }

  /** Whether the SQL was read. */
  public boolean parsed() {
    return query != null;
  }
}
