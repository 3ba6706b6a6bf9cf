package dev.rocky.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The shape of a generated project: counts per kind and variant, DAG layers, files and bytes. */
public record ProjectStats(
    int models,
    Map<ModelKind, Integer> perKind,
    Map<Variant, Integer> perVariant,
    List<Integer> layerWidths,
    int rawTables,
    int sidecars,
    int files,
    long bytes,
    long sqlBytes,
    int outputColumns,
    int dependencyEdges) {

  public ProjectStats {
    perKind = Collections.unmodifiableMap(new EnumMap<>(perKind));
    perVariant = Collections.unmodifiableMap(new EnumMap<>(perVariant));
    layerWidths = List.copyOf(layerWidths);
  }

  public static ProjectStats of(GeneratedProject project) {
    Map<ModelKind, Integer> perKind = new EnumMap<>(ModelKind.class);
    Map<Variant, Integer> perVariant = new EnumMap<>(Variant.class);
    List<Integer> widths = new ArrayList<>();
    int sidecars = 0;
    long sqlBytes = 0;
    int columns = 0;
    int edges = 0;
    for (GeneratedModel m : project.models()) {
      perKind.merge(m.kind(), 1, Integer::sum);
      perVariant.merge(m.variant(), 1, Integer::sum);
      while (widths.size() < m.depth()) {
        widths.add(0);
      }
      widths.set(m.depth() - 1, widths.get(m.depth() - 1) + 1);
      sidecars += m.sidecar() == null ? 0 : 1;
      sqlBytes += m.sql().length();
      columns += m.columns().size();
      edges += m.upstream().size() + (m.rawTable() == null ? 0 : 1);
    }
    Map<String, String> files = project.files();
    long bytes = 0;
    for (String text : files.values()) {
      bytes += text.getBytes(StandardCharsets.UTF_8).length;
    }
    return new ProjectStats(project.models().size(), perKind, perVariant, widths, project.rawTables().size(),
        sidecars, files.size(), bytes, sqlBytes, columns, edges);
  }

  /** Number of topological layers of the model DAG (sources are layer 1). */
  public int layers() {
    return layerWidths.size();
  }

  public int count(ModelKind kind) {
    return perKind.getOrDefault(kind, 0);
  }

  public int count(Variant variant) {
    return perVariant.getOrDefault(variant, 0);
  }

  /** A few human-readable lines. */
  public String describe() {
    StringBuilder sb = new StringBuilder();
    sb.append("models ").append(models).append(":");
    perKind.forEach((k, n) -> sb.append(' ').append(k.folder()).append('=').append(n));
    sb.append("\nvariants:");
    perVariant.forEach((v, n) -> sb.append(' ').append(v.name().toLowerCase(Locale.ROOT)).append('=').append(n));
    sb.append("\nlayers ").append(layers()).append(", widths ").append(layerWidths)
        .append("\nraw tables ").append(rawTables).append(", sidecars ").append(sidecars)
        .append(", output columns ").append(outputColumns).append(", dependency edges ").append(dependencyEdges)
        .append("\nfiles ").append(files).append(", bytes ").append(bytes).append(" (model SQL ").append(sqlBytes).append(")\n");
    return sb.toString();
  }
}
