package dev.rocky.app.dbt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rocky.app.dbt.DbtProject.DbtColumn;
import dev.rocky.app.dbt.DbtProject.DbtModel;
import dev.rocky.app.dbt.DbtProject.DbtTest;
import dev.rocky.core.error.RockyException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The fast path: reads {@code target/manifest.json} (written by any {@code dbt parse},
 * {@code compile} or {@code build}), where dbt has already resolved every model's configuration,
 * dependencies, tests and sources. Column types missing from it are taken from
 * {@code target/catalog.json} when {@code dbt docs generate} left one. Vars and seed CSVs still
 * come from the project's files.
 */
final class DbtManifestReader {
  static final String MANIFEST = "target/manifest.json";
  static final String CATALOG = "target/catalog.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  private DbtManifestReader() {}

  static DbtProject read(DbtFiles files) {
    JsonNode manifest = json(files, MANIFEST);
    JsonNode catalog = files.isFile(CATALOG) ? json(files, CATALOG) : JSON.createObjectNode();
    String project = manifest.path("metadata").path("project_name").asText(files.name());
    List<String> modelPaths = files.paths("model-paths", "models");
    Map<String, List<DbtTest>> tests = new LinkedHashMap<>();
    List<String> singular = new ArrayList<>();
    for (JsonNode node : manifest.path("nodes")) {
      if (node.path("resource_type").asText().equals("test")) {
        test(node, tests, singular);
      }
    }
    List<DbtModel> models = new ArrayList<>();
    List<DbtProject.DbtSeed> seeds = new ArrayList<>();
    List<String> snapshots = new ArrayList<>();
    for (JsonNode node : manifest.path("nodes")) {
      if (!node.path("package_name").asText(project).equals(project)) {
        continue;
      }
      String path = node.path("original_file_path").asText();
      switch (node.path("resource_type").asText()) {
        case "model" -> models.add(model(node, path, modelPaths, tests, catalog));
        case "seed" -> seeds.add(new DbtProject.DbtSeed(node.path("name").asText(), path,
            files.isFile(path) ? files.read(path) : "", text(node, "schema"), strings(node.path("config").path("column_types"))));
        case "snapshot" -> snapshots.add(path);
        default -> {
          // analyses, operations and tests are handled elsewhere or not imported
        }
      }
    }
    List<String> macros = new ArrayList<>();
    for (JsonNode macro : manifest.path("macros")) {
      if (macro.path("package_name").asText().equals(project)) {
        macros.add(macro.path("name").asText());
      }
    }
    return new DbtProject(project, text(manifest.path("metadata"), "dbt_version"), "manifest.json", files.vars(), models,
        sources(manifest, catalog), seeds, unitTests(manifest), singular, macros, snapshots, List.of());
  }

  private static DbtModel model(JsonNode node, String path, List<String> modelPaths, Map<String, List<DbtTest>> tests,
      JsonNode catalog) {
    String id = node.path("unique_id").asText();
    Map<String, Object> config = new LinkedHashMap<>();
    node.path("config").properties().forEach(e -> {
      if (!e.getValue().isNull()) {
        config.put(e.getKey(), JSON.convertValue(e.getValue(), Object.class));
      }
    });
    List<String> dependsOn = new ArrayList<>();
    for (JsonNode dep : node.path("depends_on").path("nodes")) {
      String d = dep.asText();
      if (d.startsWith("model.")) {
        dependsOn.add(d.substring(d.lastIndexOf('.') + 1));
      }
    }
    String raw = node.has("raw_code") ? node.path("raw_code").asText() : node.path("raw_sql").asText();
    return new DbtModel(node.path("name").asText(), path, DbtFiles.relativeTo(modelPaths, path), raw, config,
        blankToNull(text(node, "description")), columns(node.path("columns"), catalog.path("nodes").path(id).path("columns")),
        tests.getOrDefault(id, List.of()), dependsOn);
  }

  private static void test(JsonNode node, Map<String, List<DbtTest>> tests, List<String> singular) {
    JsonNode meta = node.path("test_metadata");
    if (meta.isMissingNode() || meta.isNull()) {
      singular.add(node.path("original_file_path").asText());
      return;
    }
    String namespace = text(meta, "namespace");
    String name = (namespace == null ? "" : namespace + ".") + meta.path("name").asText();
    Map<String, Object> kwargs = new LinkedHashMap<>();
    meta.path("kwargs").properties().forEach(e -> {
      if (!e.getKey().equals("model")) {
        kwargs.put(e.getKey(), JSON.convertValue(e.getValue(), Object.class));
      }
    });
    JsonNode config = node.path("config");
    if (text(config, "where") != null) {
      kwargs.put("where", config.path("where").asText());
    }
    if (text(config, "severity") != null) {
      kwargs.put("severity", config.path("severity").asText());
    }
    String attached = text(node, "attached_node");
    if (attached == null) {
      for (JsonNode d : node.path("depends_on").path("nodes")) {
        if (d.asText().startsWith("model.")) {
          attached = d.asText();
          break;
        }
      }
    }
    if (attached != null) {
      tests.computeIfAbsent(attached, k -> new ArrayList<>()).add(new DbtTest(name, text(node, "column_name"), kwargs));
    }
  }

  private static List<DbtProject.DbtSource> sources(JsonNode manifest, JsonNode catalog) {
    Map<String, List<DbtProject.DbtSourceTable>> tables = new LinkedHashMap<>();
    Map<String, JsonNode> first = new LinkedHashMap<>();
    for (JsonNode s : manifest.path("sources")) {
      String source = s.path("source_name").asText();
      first.putIfAbsent(source, s);
      String name = s.path("name").asText();
      String identifier = text(s, "identifier") == null ? name : s.path("identifier").asText();
      tables.computeIfAbsent(source, k -> new ArrayList<>()).add(new DbtProject.DbtSourceTable(name, identifier,
          columns(s.path("columns"), catalog.path("sources").path(s.path("unique_id").asText()).path("columns"))));
    }
    List<DbtProject.DbtSource> out = new ArrayList<>();
    tables.forEach((source, list) -> out.add(new DbtProject.DbtSource(source, text(first.get(source), "database"),
        first.get(source).path("schema").asText(source), list)));
    return out;
  }

  /** Declared columns, typed from {@code data_type} or else from the catalog; catalog-only columns follow. */
  private static List<DbtColumn> columns(JsonNode declared, JsonNode cataloged) {
    Map<String, String> catalogTypes = new LinkedHashMap<>();
    cataloged.properties().forEach(e -> catalogTypes.put(e.getValue().path("name").asText(e.getKey()).toLowerCase(java.util.Locale.ROOT),
        text(e.getValue(), "type")));
    List<DbtColumn> out = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    declared.properties().forEach(e -> {
      String name = e.getValue().path("name").asText(e.getKey());
      String type = text(e.getValue(), "data_type");
      out.add(new DbtColumn(name, type != null ? type : catalogTypes.get(name.toLowerCase(java.util.Locale.ROOT)),
          blankToNull(text(e.getValue(), "description"))));
      seen.add(name.toLowerCase(java.util.Locale.ROOT));
    });
    catalogTypes.forEach((name, type) -> {
      if (seen.add(name)) {
        out.add(new DbtColumn(name, type, null));
      }
    });
    return out;
  }

  private static List<DbtProject.DbtUnitTest> unitTests(JsonNode manifest) {
    List<DbtProject.DbtUnitTest> out = new ArrayList<>();
    for (JsonNode u : manifest.path("unit_tests")) {
      List<DbtProject.Given> given = new ArrayList<>();
      for (JsonNode g : u.path("given")) {
        given.add(new DbtProject.Given(g.path("input").asText(), rows(g.path("rows")), g.path("format").asText("dict")));
      }
      JsonNode expect = u.path("expect");
      out.add(new DbtProject.DbtUnitTest(u.path("name").asText(), u.path("model").asText(), blankToNull(text(u, "description")),
          given, expect.path("format").asText("dict").equals("dict") ? rows(expect.path("rows")) : List.of()));
    }
    return out;
  }

  private static List<Map<String, Object>> rows(JsonNode rows) {
    return rows.isArray() ? SchemaFiles.rows(JSON.convertValue(rows, Object.class)) : List.of();
  }

  private static Map<String, String> strings(JsonNode object) {
    Map<String, String> out = new LinkedHashMap<>();
    object.properties().forEach(e -> out.put(e.getKey(), e.getValue().asText()));
    return out;
  }

  private static @Nullable String text(@Nullable JsonNode node, String field) {
    if (node == null) {
      return null;
    }
    JsonNode v = node.path(field);
    return v.isMissingNode() || v.isNull() ? null : v.asText();
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static JsonNode json(DbtFiles files, String path) {
    try {
      return JSON.readTree(files.read(path));
    } catch (IOException e) {
      throw new RockyException(DbtErrorCode.DBT_PROJECT_UNREADABLE, path + " is not valid JSON: " + DbtFiles.firstLine(e.getMessage()), e);
    }
  }
}
