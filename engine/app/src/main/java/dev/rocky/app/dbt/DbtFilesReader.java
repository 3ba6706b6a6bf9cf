package dev.rocky.app.dbt;

import dev.rocky.app.dbt.DbtProject.DbtModel;
import dev.rocky.app.dbt.DbtProject.DbtSeed;
import dev.rocky.core.error.RockyException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a dbt project from its files, without a Jinja runtime: {@code dbt_project.yml} (names,
 * paths, vars, path-based configs), every model's SQL, every schema file under the model and seed
 * paths, the seeds' CSV, the singular tests, macros and snapshots (listed, not translated).
 */
final class DbtFilesReader {
  private DbtFilesReader() {}

  static DbtProject read(DbtFiles files) {
    List<String> modelPaths = files.paths("model-paths", "models");
    List<String> seedPaths = files.paths("seed-paths", "seeds");
    SchemaFiles schema = new SchemaFiles();
    List<String> yamls = new ArrayList<>(files.files(modelPaths, ".yml", ".yaml"));
    yamls.addAll(files.files(seedPaths, ".yml", ".yaml"));
    for (String y : yamls) {
      try {
        schema.add(files.yaml(y));
      } catch (RockyException e) {
        // a broken schema file is not fatal: its models import without its tests (the report says so)
        schema.unreadable.add(y + ": " + e.getMessage());
      }
    }
    ProjectConfigs modelConfigs = files.configs("models");
    List<DbtModel> models = new ArrayList<>();
    for (String path : files.files(modelPaths, ".sql")) {
      String name = DbtFiles.stem(path);
      String relative = DbtFiles.relativeTo(modelPaths, path);
      SchemaFiles.ModelSpec spec = schema.models.get(name);
      Map<String, Object> config = new LinkedHashMap<>(modelConfigs.resolve(relative));
      if (spec != null) {
        config.putAll(spec.config());
      }
      models.add(new DbtModel(name, path, relative, files.read(path), config,
          spec == null ? null : spec.description(), spec == null ? List.of() : spec.columns(),
          spec == null ? List.of() : spec.tests(), null));
    }
    return new DbtProject(files.name(), null, "regex", files.vars(), models, schema.sources,
        seeds(files, seedPaths, schema), schema.unitTests, files.files(files.paths("test-paths", "tests"), ".sql"),
        files.macros(), files.files(files.paths("snapshot-paths", "snapshots"), ".sql"), schema.unreadable);
  }

  private static List<DbtSeed> seeds(DbtFiles files, List<String> seedPaths, SchemaFiles schema) {
    ProjectConfigs seedConfigs = files.configs("seeds");
    List<DbtSeed> out = new ArrayList<>();
    for (String path : files.files(seedPaths, ".csv")) {
      String name = DbtFiles.stem(path);
      Map<String, Object> config = new LinkedHashMap<>(seedConfigs.resolve(DbtFiles.relativeTo(seedPaths, path)));
      config.putAll(schema.seedConfigs.getOrDefault(name, Map.of()));
      Map<String, String> types = new LinkedHashMap<>();
      ProjectConfigs.map(config.get("column_types")).forEach((k, v) -> types.put(k, String.valueOf(v)));
      out.add(new DbtSeed(name, path, files.read(path), StrategyMapper.string(config.get("schema")).orElse(null), types));
    }
    return out;
  }
}
