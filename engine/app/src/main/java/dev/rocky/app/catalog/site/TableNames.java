package dev.rocky.app.catalog.site;

import dev.rocky.core.project.Project;
import dev.rocky.core.project.SourceTable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One name per table across the site: a model by its name, a declared source by its qualified
 * name, whatever the SQL that reads it wrote ({@code RAW.Orders}, {@code shop.raw.orders}); any
 * other table as the models spell it.
 */
final class TableNames {
  private final Map<String, String> models = new HashMap<>();
  private final Map<String, String> sources = new HashMap<>();

  TableNames(Project project) {
    project.models().forEach(m -> models.put(m.name().toLowerCase(Locale.ROOT), m.name()));
    for (SourceTable s : project.sources()) {
      sources.put(s.key(), s.ref().qualifiedName());
    }
  }

  String of(String table) {
    String key = table.toLowerCase(Locale.ROOT);
    String model = models.get(key);
    if (model != null) {
      return model;
    }
    String source = sources.get(key);
    if (source != null) {
      return source;
    }
    // A reference with fewer (or more) qualifiers than the declaration: match on the trailing parts, when unique.
    List<String> matches = sources.entrySet().stream()
        .filter(e -> e.getKey().endsWith("." + key) || key.endsWith("." + e.getKey()))
        .map(Map.Entry::getValue).distinct().toList();
    return matches.size() == 1 ? matches.get(0) : table;
  }
}
