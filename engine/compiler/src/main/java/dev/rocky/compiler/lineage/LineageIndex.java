package dev.rocky.compiler.lineage;

import dev.rocky.compiler.bind.ModelAnalysis;
import dev.rocky.compiler.bind.UpstreamRef;
import dev.rocky.core.lineage.ColumnRef;
import dev.rocky.core.lineage.LineageEdge;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The graph's indexes, built once on first use: models by case-insensitive name, leaf tables with
 * their kind, edges by target and by source column, and the direct model-to-model and model-to-table
 * reads. Keys are lower-cased, as warehouses resolve unquoted identifiers.
 */
final class LineageIndex {
  final Map<String, ModelAnalysis> models = new LinkedHashMap<>();
  final Map<String, String> leafNames = new LinkedHashMap<>();
  final Map<String, ColumnStatus.LeafKind> leafKinds = new HashMap<>();
  final List<LineageEdge> edges = new ArrayList<>();
  final Map<ColumnRef, List<LineageEdge>> into = new HashMap<>();
  final Map<ColumnRef, List<LineageEdge>> from = new HashMap<>();
  final Map<String, List<String>> upstreamModels = new HashMap<>();
  /** Readers of each model or leaf table, by lower-cased table name. */
  final Map<String, List<String>> downstreamModels = new HashMap<>();
  final Map<String, List<String>> tablesRead = new HashMap<>();

  LineageIndex(Map<String, ModelAnalysis> analyses) {
    for (ModelAnalysis a : analyses.values()) {
      models.put(lower(a.model()), a);
    }
    for (ModelAnalysis a : analyses.values()) {
      String key = lower(a.model());
      for (UpstreamRef u : a.upstreams()) {
        String table = lower(u.name());
        if (models.containsKey(table)) {
          addOnce(upstreamModels, key, models.get(table).model());
          addOnce(downstreamModels, table, a.model());
        } else {
          leaf(u.name(), u.kind() == UpstreamRef.Kind.SOURCE ? ColumnStatus.LeafKind.SOURCE : ColumnStatus.LeafKind.EXTERNAL);
          addOnce(tablesRead, key, leafNames.get(table));
          addOnce(downstreamModels, table, a.model());
        }
      }
      for (LineageEdge e : a.edges()) {
        edges.add(e);
        into.computeIfAbsent(key(e.target()), k -> new ArrayList<>(4)).add(e);
        from.computeIfAbsent(key(e.source()), k -> new ArrayList<>(4)).add(e);
        if (!models.containsKey(lower(e.source().model()))) {
          leaf(e.source().model(), ColumnStatus.LeafKind.EXTERNAL);
        }
      }
    }
  }

  private void leaf(String name, ColumnStatus.LeafKind kind) {
    String key = lower(name);
    leafNames.putIfAbsent(key, name);
    if (kind == ColumnStatus.LeafKind.SOURCE || !leafKinds.containsKey(key)) {
      leafKinds.put(key, kind);
    }
  }

  private static void addOnce(Map<String, List<String>> map, String key, String value) {
    List<String> list = map.computeIfAbsent(key, k -> new ArrayList<>(4));
    if (!list.contains(value)) {
      list.add(value);
    }
  }

  List<LineageEdge> into(ColumnRef column) {
    return into.getOrDefault(key(column), List.of());
  }

  List<LineageEdge> from(ColumnRef column) {
    return from.getOrDefault(key(column), List.of());
  }

  static ColumnRef key(ColumnRef c) {
    return new ColumnRef(lower(c.model()), lower(c.column()));
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
