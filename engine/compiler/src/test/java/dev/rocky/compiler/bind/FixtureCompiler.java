package dev.rocky.compiler.bind;

import dev.rocky.compiler.sql.ModelParser;
import dev.rocky.compiler.sql.ParsedModel;
import dev.rocky.compiler.sql.TableReference;
import dev.rocky.core.project.Dialect;
import dev.rocky.core.project.Model;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * TEST-ONLY: parses every model of a fixture, orders them in DAG layers (bare table names that are
 * model names are edges) and binds them layer by layer, sequentially or in parallel.
 */
final class FixtureCompiler {
  private FixtureCompiler() {}

  static Map<String, ParsedModel> parseAll(TestFixtureProjectReader.FixtureProject project) {
    ModelParser parser = new ModelParser();
    Map<String, ParsedModel> parsed = new TreeMap<>();
    for (Model m : project.models()) {
      parsed.put(m.name(), parser.parse(m.name(), m.sqlFile(), m.sql(), Dialect.DUCKDB));
    }
    return parsed;
  }

  /** Kahn's algorithm; within a layer, names are sorted. */
  static List<List<String>> layers(Map<String, ParsedModel> parsed) {
    Map<String, String> byKey = new TreeMap<>();
    for (String name : parsed.keySet()) {
      byKey.put(name.toLowerCase(Locale.ROOT), name);
    }
    Map<String, List<String>> deps = new LinkedHashMap<>();
    for (ParsedModel p : parsed.values()) {
      List<String> d = new ArrayList<>();
      for (TableReference r : p.tableReferences()) {
        String dep = r.isBare() ? byKey.get(r.key()) : null;
        if (dep != null && !dep.equals(p.modelName()) && !d.contains(dep)) {
          d.add(dep);
        }
      }
      deps.put(p.modelName(), d);
    }
    List<List<String>> layers = new ArrayList<>();
    List<String> done = new ArrayList<>();
    while (done.size() < deps.size()) {
      List<String> layer = new ArrayList<>();
      for (Map.Entry<String, List<String>> e : deps.entrySet()) {
        if (!done.contains(e.getKey()) && done.containsAll(e.getValue())) {
          layer.add(e.getKey());
        }
      }
      if (layer.isEmpty()) {
        throw new IllegalStateException("dependency cycle among " + deps.keySet());
      }
      layers.add(layer);
      done.addAll(layer);
    }
    return layers;
  }

  static Map<String, ModelAnalysis> bindAll(TestFixtureProjectReader.FixtureProject project, boolean parallel) {
    Map<String, ParsedModel> parsed = parseAll(project);
    FixtureLookup lookup = new FixtureLookup(project.sources());
    Binder binder = new Binder();
    Map<String, ModelAnalysis> out = new ConcurrentHashMap<>();
    for (List<String> layer : layers(parsed)) {
      (parallel ? layer.parallelStream() : layer.stream()).forEach(name -> {
        ModelAnalysis a = binder.bind(parsed.get(name), lookup);
        out.put(name, a);
      });
      for (String name : layer) {
        lookup.putModel(name, out.get(name).schema());
      }
    }
    return new TreeMap<>(out);
  }
}
