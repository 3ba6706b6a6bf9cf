package dev.rocky.app.dbt;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The path-based configuration of {@code dbt_project.yml} ({@code models:} or {@code seeds:}):
 * nested by project name, then directories, then file names; {@code +key} is a config, as is a
 * known config key without {@code +}; deeper entries win.
 */
final class ProjectConfigs {
  private static final Set<String> KNOWN = Set.of(
      "materialized", "schema", "database", "alias", "tags", "enabled", "unique_key", "incremental_strategy",
      "on_schema_change", "partition_by", "cluster_by", "event_time", "batch_size", "column_types", "full_refresh",
      "persist_docs", "post-hook", "pre-hook", "grants", "meta", "docs", "contract", "quote_columns", "delimiter");

  private final Map<String, Object> tree;
  private final String project;

  ProjectConfigs(Map<String, Object> tree, String project) {
    this.tree = tree;
    this.project = project;
  }

  /** The configuration for {@code relativePath} (e.g. {@code staging/stg_orders.sql}) below a model or seed path. */
  Map<String, Object> resolve(String relativePath) {
    Map<String, Object> out = new LinkedHashMap<>();
    apply(tree, out);
    Object node = tree.get(project);
    if (!(node instanceof Map<?, ?>)) {
      return out;
    }
    Map<?, ?> current = (Map<?, ?>) node;
    apply(current, out);
    String[] parts = relativePath.split("/");
    for (int k = 0; k < parts.length; k++) {
      String part = k == parts.length - 1 ? stem(parts[k]) : parts[k];
      if (!(current.get(part) instanceof Map<?, ?> child)) {
        break;
      }
      current = child;
      apply(current, out);
    }
    return out;
  }

  private static final Set<String> MAP_VALUED = Set.of("meta", "column_types", "docs", "contract", "persist_docs",
      "grants", "partition_by");

  private static void apply(Map<?, ?> node, Map<String, Object> out) {
    node.forEach((k, v) -> {
      String key = String.valueOf(k);
      if (key.startsWith("+")) {
        out.put(key.substring(1), v);
      } else if (KNOWN.contains(key) && (!(v instanceof Map<?, ?>) || MAP_VALUED.contains(key))) {
        out.put(key, v);
      }
    });
  }

  private static String stem(String file) {
    int dot = file.lastIndexOf('.');
    return dot < 0 ? file : file.substring(0, dot);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object value) {
    return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object value) {
    return value instanceof List<?> l ? (List<Object>) l : List.of();
  }
}
