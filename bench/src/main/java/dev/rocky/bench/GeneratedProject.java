package dev.rocky.bench;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A generated project held in memory: raw tables, models in dependency order (every model comes
 * after the models it reads), and the text of the project-level files.
 */
public record GeneratedProject(
    long seed,
    List<RawTable> rawTables,
    List<GeneratedModel> models,
    String rockyToml,
    String sourcesToml,
    String seedSql) {

  public static final String ROCKY_TOML = "rocky.toml";
  public static final String SOURCES_TOML = "sources/raw.toml";
  public static final String SEED_SQL = "data/seed.sql";

  public GeneratedProject {
    rawTables = List.copyOf(rawTables);
    models = List.copyOf(models);
  }

  public List<GeneratedModel> models(ModelKind kind) {
    return models.stream().filter(m -> m.kind() == kind).toList();
  }

  /** Every file of the project: path relative to the project root, in sorted order, to its text. */
  public SortedMap<String, String> files() {
    SortedMap<String, String> files = new TreeMap<>();
    files.put(ROCKY_TOML, rockyToml);
    files.put(SOURCES_TOML, sourcesToml);
    files.put(SEED_SQL, seedSql);
    for (GeneratedModel m : models) {
      files.put(m.sqlPath(), m.sql());
      String sidecar = m.sidecar();
      if (sidecar != null) {
        files.put(m.sidecarPath(), sidecar);
      }
    }
    return files;
  }

  public ProjectStats stats() {
    return ProjectStats.of(this);
  }
}
