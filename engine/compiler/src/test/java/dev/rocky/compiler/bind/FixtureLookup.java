package dev.rocky.compiler.bind;

import dev.rocky.core.project.SourceTable;
import dev.rocky.core.types.ModelSchema;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link SchemaLookup} for tests: bare names are models (bound so far); qualified names are sources;
 * a qualified name in a declared schema that is not a source is Unknown with its namespace known
 * (E002); anything else is Unknown. Thread-safe, so layers can be bound in parallel.
 */
final class FixtureLookup implements SchemaLookup {
  private final Map<String, ModelSchema> models = new ConcurrentHashMap<>();
  private final Map<String, SourceTable> sources = new ConcurrentHashMap<>();
  private final Set<String> declaredSchemas = ConcurrentHashMap.newKeySet();

  FixtureLookup(List<SourceTable> sourceTables) {
    for (SourceTable s : sourceTables) {
      sources.put(s.key(), s);
      if (s.schema() != null) {
        declaredSchemas.add(s.schema().toLowerCase(Locale.ROOT));
      }
    }
  }

  void putModel(String name, ModelSchema schema) {
    models.put(name.toLowerCase(Locale.ROOT), schema);
  }

  @Override
  public Resolution resolve(List<String> nameParts) {
    String key = SourceTable.keyOf(nameParts);
    if (nameParts.size() == 1) {
      ModelSchema m = models.get(key);
      return m != null ? new Resolution.Model(m.name(), m) : new Resolution.Unknown(false);
    }
    SourceTable s = sources.get(key);
    if (s != null) {
      return new Resolution.Source(s.ref().qualifiedName(), s.schemaView());
    }
    String schema = nameParts.get(nameParts.size() - 2).toLowerCase(Locale.ROOT);
    return new Resolution.Unknown(declaredSchemas.contains(schema));
  }

  @Override
  public Collection<String> knownTableNames() {
    List<String> names = new ArrayList<>(new TreeSet<>(models.keySet()));
    for (SourceTable s : sources.values()) {
      names.add(s.ref().qualifiedName());
    }
    return names;
  }
}
