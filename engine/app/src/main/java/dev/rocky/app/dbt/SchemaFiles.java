package dev.rocky.app.dbt;

import dev.rocky.app.dbt.DbtProject.DbtColumn;
import dev.rocky.app.dbt.DbtProject.DbtTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What dbt schema files ({@code models/**}{@code /*.yml}) declare: per model its description,
 * config, columns and generic tests ({@code tests:} or {@code data_tests:}, in any of dbt's
 * spellings), the sources, seed configs and unit tests.
 */
final class SchemaFiles {
  /** A model's entry in a schema file. */
  record ModelSpec(@Nullable String description, Map<String, Object> config, List<DbtColumn> columns, List<DbtTest> tests) {}

  final Map<String, ModelSpec> models = new LinkedHashMap<>();
  final List<DbtProject.DbtSource> sources = new ArrayList<>();
  final Map<String, Map<String, Object>> seedConfigs = new LinkedHashMap<>();
  final List<DbtProject.DbtUnitTest> unitTests = new ArrayList<>();
  /** Schema files that could not be read, with why. */
  final List<String> unreadable = new ArrayList<>();

  /** Adds the declarations of one parsed schema file. */
  void add(Map<String, Object> doc) {
    for (Object m : ProjectConfigs.list(doc.get("models"))) {
      Map<String, Object> model = ProjectConfigs.map(m);
      String name = str(model.get("name"));
      if (name != null) {
        models.put(name, modelSpec(model));
      }
    }
    for (Object s : ProjectConfigs.list(doc.get("sources"))) {
      source(ProjectConfigs.map(s));
    }
    for (Object s : ProjectConfigs.list(doc.get("seeds"))) {
      Map<String, Object> seed = ProjectConfigs.map(s);
      String name = str(seed.get("name"));
      if (name != null) {
        seedConfigs.put(name, ProjectConfigs.map(seed.get("config")));
      }
    }
    for (Object u : ProjectConfigs.list(doc.get("unit_tests"))) {
      unitTest(ProjectConfigs.map(u));
    }
  }

  private static ModelSpec modelSpec(Map<String, Object> model) {
    List<DbtColumn> columns = new ArrayList<>();
    List<DbtTest> tests = new ArrayList<>();
    for (Object c : ProjectConfigs.list(model.get("columns"))) {
      Map<String, Object> column = ProjectConfigs.map(c);
      String name = str(column.get("name"));
      if (name == null) {
        continue;
      }
      columns.add(new DbtColumn(name, str(column.get("data_type")), str(column.get("description"))));
      tests.addAll(tests(column, name));
    }
    tests.addAll(tests(model, null));
    return new ModelSpec(str(model.get("description")), ProjectConfigs.map(model.get("config")), columns, tests);
  }

  /** The generic tests under {@code tests:} and {@code data_tests:} of a model or column. */
  static List<DbtTest> tests(Map<String, Object> owner, @Nullable String column) {
    List<DbtTest> out = new ArrayList<>();
    List<Object> entries = new ArrayList<>(ProjectConfigs.list(owner.get("tests")));
    entries.addAll(ProjectConfigs.list(owner.get("data_tests")));
    for (Object entry : entries) {
      if (entry instanceof String name) {
        out.add(new DbtTest(name, column, Map.of()));
      } else if (entry instanceof Map<?, ?> map && !map.isEmpty()) {
        Map<String, Object> m = ProjectConfigs.map(map);
        if (m.containsKey("test_name")) {
          Map<String, Object> kwargs = new LinkedHashMap<>(m);
          kwargs.remove("test_name");
          kwargs.remove("name");
          out.add(new DbtTest(String.valueOf(m.get("test_name")), column, flatten(kwargs)));
        } else {
          Map.Entry<String, Object> e = m.entrySet().iterator().next();
          out.add(new DbtTest(e.getKey(), column, flatten(ProjectConfigs.map(e.getValue()))));
        }
      }
    }
    return out;
  }

  /** dbt 1.10 nests a test's arguments under {@code arguments:}; lift them. */
  private static Map<String, Object> flatten(Map<String, Object> kwargs) {
    if (!(kwargs.get("arguments") instanceof Map<?, ?> args)) {
      return kwargs;
    }
    Map<String, Object> out = new LinkedHashMap<>(kwargs);
    out.remove("arguments");
    out.putAll(ProjectConfigs.map(args));
    return out;
  }

  private void source(Map<String, Object> source) {
    String name = str(source.get("name"));
    if (name == null) {
      return;
    }
    String schema = str(source.get("schema")) != null ? str(source.get("schema")) : name;
    List<DbtProject.DbtSourceTable> tables = new ArrayList<>();
    for (Object t : ProjectConfigs.list(source.get("tables"))) {
      Map<String, Object> table = ProjectConfigs.map(t);
      String tableName = str(table.get("name"));
      if (tableName == null) {
        continue;
      }
      List<DbtColumn> columns = new ArrayList<>();
      for (Object c : ProjectConfigs.list(table.get("columns"))) {
        Map<String, Object> column = ProjectConfigs.map(c);
        if (str(column.get("name")) != null) {
          columns.add(new DbtColumn(str(column.get("name")), str(column.get("data_type")), str(column.get("description"))));
        }
      }
      String identifier = str(table.get("identifier")) != null ? str(table.get("identifier")) : tableName;
      tables.add(new DbtProject.DbtSourceTable(tableName, identifier, columns));
    }
    sources.add(new DbtProject.DbtSource(name, str(source.get("database")), schema, tables));
  }

  private void unitTest(Map<String, Object> test) {
    String name = str(test.get("name"));
    String model = str(test.get("model"));
    if (name == null || model == null) {
      return;
    }
    List<DbtProject.Given> given = new ArrayList<>();
    for (Object g : ProjectConfigs.list(test.get("given"))) {
      Map<String, Object> m = ProjectConfigs.map(g);
      given.add(new DbtProject.Given(String.valueOf(m.get("input")), rows(m.get("rows")),
          str(m.get("format")) == null ? "dict" : str(m.get("format"))));
    }
    Map<String, Object> expect = ProjectConfigs.map(test.get("expect"));
    String format = str(expect.get("format"));
    unitTests.add(new DbtProject.DbtUnitTest(name, model, str(test.get("description")), given,
        format == null || format.equals("dict") ? rows(expect.get("rows")) : List.of()));
  }

  static List<Map<String, Object>> rows(@Nullable Object value) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Object row : ProjectConfigs.list(value)) {
      out.add(ProjectConfigs.map(row));
    }
    return out;
  }

  static @Nullable String str(@Nullable Object value) {
    return value == null ? null : String.valueOf(value);
  }
}
