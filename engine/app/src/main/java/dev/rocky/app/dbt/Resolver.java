package dev.rocky.app.dbt;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What {@code ref()}, {@code source()} and {@code var()} become in Rocky SQL: a model is its bare
 * name (Rocky's DAG edge), a seed and a source are their qualified table
 * ({@code [catalog.]schema.table}), a var is {@code @var(name, default)} with the project-level
 * value of {@code dbt_project.yml} as the default.
 */
final class Resolver {
  /** The SQL text for a reference; {@code model} is set when it names a model. */
  record Resolved(String sql, @Nullable String model, boolean known) {}

  private final DbtProject project;
  private final Map<String, String> seedSchemas = new HashMap<>();
  private final String defaultSchema;

  Resolver(DbtProject project, String defaultSchema) {
    this.project = project;
    this.defaultSchema = defaultSchema;
    project.seeds().forEach(s -> seedSchemas.put(s.name(), s.schema() == null ? defaultSchema : s.schema()));
  }

  Resolved ref(String name) {
    if (project.model(name).isPresent()) {
      return new Resolved(name, name, true);
    }
    String schema = seedSchemas.get(name);
    if (schema != null) {
      return new Resolved(schema + "." + name, null, true);
    }
    return new Resolved(name, null, false);
  }

  Resolved source(String source, String table) {
    for (DbtProject.DbtSource s : project.sources()) {
      if (!s.name().equals(source)) {
        continue;
      }
      for (DbtProject.DbtSourceTable t : s.tables()) {
        if (t.name().equals(table)) {
          return new Resolved(qualified(s.database(), s.schema(), t.identifier()), null, true);
        }
      }
    }
    return new Resolved(source + "." + table, null, false);
  }

  static String qualified(@Nullable String database, String schema, String table) {
    return (database == null || database.isBlank() ? "" : database + ".") + schema + "." + table;
  }

  /** {@code @var(name)}, or {@code @var(name, default)} from the call or from the project's vars. */
  String var(String name, @Nullable Object callDefault, boolean hasCallDefault) {
    Object value = project.vars().containsKey(name) ? project.vars().get(name) : callDefault;
    boolean has = project.vars().containsKey(name) || hasCallDefault;
    if (!has || value instanceof java.util.Collection<?> || value instanceof Map<?, ?>) {
      return "@var(" + name + ")";
    }
    return "@var(" + name + ", " + (value == null ? "NULL" : text(value)) + ")";
  }

  private static String text(Object value) {
    if (value instanceof Double d && d == Math.rint(d)) {
      return String.valueOf(d.longValue());
    }
    return String.valueOf(value);
  }

  String defaultSchema() {
    return defaultSchema;
  }
}
