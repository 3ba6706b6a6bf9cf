package dev.rocky.app.dbt;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A dbt model's SQL after translation: plain SQL (with {@code @var()}), the inline
 * {@code config()} found, the models it references, and the problems met.
 *
 * @param incrementalColumn the column an {@code is_incremental()} filter compares with
 *     {@code max(...)} of the model's own table, when one could be read
 */
record Translation(
    String sql,
    Map<String, Object> config,
    List<String> models,
    List<Issue> issues,
    boolean incrementalBlock,
    @Nullable String incrementalColumn) {

  Translation {
    config = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(config));
    models = List.copyOf(models);
    issues = List.copyOf(issues);
  }

  /** Whether the model could not be translated at all. */
  boolean untranslatable() {
    return issues.stream().anyMatch(i -> i.kind() == Issue.Kind.UNTRANSLATABLE);
  }

  /** One problem: a warning (the model is imported, with a TODO) or an untranslatable construct. */
  record Issue(Kind kind, String category, String message, int line) {
    enum Kind { WARNING, UNTRANSLATABLE }

    static Issue warning(String category, String message, int line) {
      return new Issue(Kind.WARNING, category, message, line);
    }

    static Issue untranslatable(String category, String message, int line) {
      return new Issue(Kind.UNTRANSLATABLE, category, message, line);
    }
  }
}
