package dev.rocky.app.ai;

import dev.rocky.compiler.CompileResult;
import dev.rocky.core.project.Project;
import dev.rocky.core.project.SourceTable;
import dev.rocky.core.types.ModelSchema;
import dev.rocky.core.types.TypedColumn;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The part of a prompt that describes the project: the dialect, every model's output columns and
 * every declared source's columns, with types and nullability, sorted by name so that the same
 * project always gives the same text. Names and types only: no SQL, no rows.
 */
final class SchemaText {
  private SchemaText() {}

  /** Every model and source of the project. */
  static String of(CompileResult compiled) {
    return of(compiled, null);
  }

  /**
   * @param only the models and sources to describe (lower-case names or keys), or null for all
   */
  static String of(CompileResult compiled, @org.jspecify.annotations.Nullable Set<String> only) {
    Project project = Objects.requireNonNull(compiled.project(), "project");
    StringBuilder out = new StringBuilder();
    out.append("Dialect: ").append(compiled.dialect().id()).append("\n\n");
    Map<String, ModelSchema> models = new TreeMap<>(compiled.schemas());
    if (only != null) {
      models.keySet().retainAll(only);
    }
    out.append("Models (read a model by its name):\n");
    if (models.isEmpty()) {
      out.append("(none)\n");
    }
    models.forEach((name, schema) -> out.append("- ").append(name).append(": ").append(columns(schema.columns()))
        .append(schema.complete() ? "" : " (other columns not known)").append('\n'));
    List<SourceTable> sources = project.sources().stream()
        .filter(s -> only == null || only.contains(s.key()))
        .sorted(Comparator.comparing(SourceTable::key)).toList();
    out.append("\nSources (read a source by its qualified name):\n");
    if (sources.isEmpty()) {
      out.append("(none)\n");
    }
    sources.forEach(s -> out.append("- ").append(s.ref().qualifiedName()).append(": ").append(columns(s.columns()))
        .append('\n'));
    return out.toString();
  }

  static String columns(List<TypedColumn> columns) {
    if (columns.isEmpty()) {
      return "(no columns known)";
    }
    return columns.stream().map(c -> c.name() + " " + c.type().typeName() + (c.nullable() ? "" : " NOT NULL"))
        .collect(Collectors.joining(", "));
  }
}
