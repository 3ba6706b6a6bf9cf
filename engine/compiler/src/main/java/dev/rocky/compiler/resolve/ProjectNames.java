package dev.rocky.compiler.resolve;

import dev.rocky.compiler.sql.TableReference;
import dev.rocky.core.project.Model;
import dev.rocky.core.project.SourceTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The names a model's SQL can use: a bare name equal to a model's name, a model's qualified
 * target ({@code schema.table} or {@code catalog.schema.table}), or a declared source. Built
 * once per compile; lookups are hash lookups on lower-cased keys.
 */
public final class ProjectNames {
  private final Map<String, String> modelByName = new HashMap<>();
  private final Map<String, String> modelByTarget = new HashMap<>();
  private final Map<String, SourceTable> sourceByKey = new HashMap<>();
  private final Set<String> knownNamespaces = new HashSet<>();
  private final boolean sourcesDeclared;

  public ProjectNames(List<Model> models, List<SourceTable> sources) {
    for (Model m : models) {
      modelByName.putIfAbsent(m.name().toLowerCase(Locale.ROOT), m.name());
      String target = m.target().key();
      if (target.indexOf('.') > 0) {
        modelByTarget.putIfAbsent(target, m.name());
        modelByTarget.putIfAbsent(schemaAndTable(target), m.name());
      }
    }
    sourcesDeclared = !sources.isEmpty();
    for (SourceTable s : sources) {
      sourceByKey.putIfAbsent(s.key(), s);
      sourceByKey.putIfAbsent(schemaAndTable(s.key()), s);
      knownNamespaces.add(namespaceOf(s.key()));
    }
  }

  /** The model a reference names, or null when it names none. */
  public @Nullable String model(List<String> parts) {
    String key = key(parts);
    return parts.size() == 1 ? modelByName.get(key) : modelByTarget.get(key);
  }

  /** The declared source a reference names, or null. */
  public @Nullable SourceTable source(List<String> parts) {
    String key = key(parts);
    SourceTable s = sourceByKey.get(key);
    return s != null || parts.size() < 3 ? s : sourceByKey.get(schemaAndTable(key));
  }

  /**
   * Whether the table a reference names should have been found: its schema is declared, or it is
   * a bare name in a project that declares its sources (bare names then mean models, so an unknown
   * one is a typo rather than an undeclared warehouse table).
   */
  public boolean namespaceKnown(List<String> parts) {
    return parts.size() == 1 ? sourcesDeclared : knownNamespaces.contains(namespaceOf(key(parts)));
  }

  /** The models a model's SQL references, in order of first reference, without duplicates. */
  public List<String> referencedModels(List<TableReference> references) {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    for (TableReference r : references) {
      String m = model(r.nameParts());
      if (m != null) {
        out.add(m);
      }
    }
    return new ArrayList<>(out);
  }

  /** Every model and source name, for "did you mean" suggestions. */
  public List<String> allNames() {
    List<String> names = new ArrayList<>(modelByName.values());
    for (SourceTable s : new LinkedHashSet<>(sourceByKey.values())) {
      names.add(s.ref().qualifiedName());
    }
    return names;
  }

  private static String key(List<String> parts) {
    return (parts.size() == 1 ? parts.getFirst() : String.join(".", parts)).toLowerCase(Locale.ROOT);
  }

  /** The schema part of a dotted key ({@code c.s.t} and {@code s.t} give {@code s}; {@code t} gives ""). */
  private static String namespaceOf(String key) {
    int last = key.lastIndexOf('.');
    if (last < 0) {
      return "";
    }
    int prev = key.lastIndexOf('.', last - 1);
    return key.substring(prev + 1, last);
  }

  /** The last two parts of a dotted key ({@code c.s.t} becomes {@code s.t}). */
  private static String schemaAndTable(String key) {
    int last = key.lastIndexOf('.');
    if (last < 0) {
      return key;
    }
    int prev = key.lastIndexOf('.', last - 1);
    return prev < 0 ? key : key.substring(prev + 1);
  }
}
