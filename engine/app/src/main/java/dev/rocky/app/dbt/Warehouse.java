package dev.rocky.app.dbt;

import dev.rocky.core.types.TypeNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The warehouse side of the import: seeds ({@code seeds/<name>.csv} with a sidecar naming their
 * schema and column types), committed source schemas ({@code sources/<source>.toml}) for every dbt
 * source whose column types are all known, and {@code sources/seeds.toml} declaring the seeds'
 * tables so that models reading them type-check.
 */
final class Warehouse {
  private final Resolver resolver;
  final List<String> notes = new ArrayList<>();
  int sourcesMapped;

  Warehouse(Resolver resolver) {
    this.resolver = resolver;
  }

  void write(DbtProject project, Map<String, String> files) {
    Set<String> declared = new HashSet<>();
    for (DbtProject.DbtSource s : project.sources()) {
      String problem = problem(s);
      if (problem != null) {
        notes.add("source '" + s.name() + "' was not written to sources/: " + problem
            + "; add data_type to its columns in the schema file, or run `dbt docs generate` and import with the manifest");
        continue;
      }
      TomlText t = new TomlText().comment("dbt source '" + s.name() + "', imported by rocky import-dbt");
      for (DbtProject.DbtSourceTable table : s.tables()) {
        t.arrayTable("table").put("catalog", blank(s.database())).put("schema", s.schema()).put("name", table.identifier());
        List<Map<String, Object>> columns = new ArrayList<>();
        table.columns().forEach(c -> columns.add(column(c.name(), c.dataType())));
        t.putRows("columns", columns);
        declared.add(key(s.schema(), table.identifier()));
        sourcesMapped++;
      }
      files.put("sources/" + s.name() + ".toml", t.toString());
    }
    TomlText seedSources = new TomlText().comment("The tables `rocky seed` loads from seeds/, so that models reading them type-check.");
    boolean anySeed = false;
    for (DbtProject.DbtSeed seed : project.seeds()) {
      String schema = seed.schema() == null ? resolver.defaultSchema() : seed.schema();
      Map<String, String> types = new LinkedHashMap<>(SeedTypes.infer(seed.csv()));
      types.putAll(seed.columnTypes());
      files.put("seeds/" + seed.name() + ".csv", seed.csv());
      TomlText sidecar = new TomlText().comment("Imported from dbt: " + seed.path());
      sidecar.table("target").put("schema", schema);
      sidecar.table("column_types").putAll(types);
      files.put("seeds/" + seed.name() + ".toml", sidecar.toString());
      if (declared.add(key(schema, seed.name()))) {
        seedSources.arrayTable("table").put("schema", schema).put("name", seed.name());
        List<Map<String, Object>> columns = new ArrayList<>();
        types.forEach((name, type) -> columns.add(column(name, type)));
        seedSources.putRows("columns", columns);
        anySeed = true;
      }
    }
    if (anySeed) {
      files.put("sources/seeds.toml", seedSources.toString());
    }
  }

  /** Why a source cannot be declared, or null when every column of every table has a known type. */
  private static @Nullable String problem(DbtProject.DbtSource s) {
    List<String> untyped = new ArrayList<>();
    for (DbtProject.DbtSourceTable t : s.tables()) {
      if (t.columns().isEmpty()) {
        untyped.add(t.name() + " (no columns)");
      }
      for (DbtProject.DbtColumn c : t.columns()) {
        if (c.dataType() == null || TypeNames.parseSql(c.dataType()).isEmpty()) {
          untyped.add(t.name() + "." + c.name() + (c.dataType() == null ? "" : " (" + c.dataType() + ")"));
        }
      }
    }
    return untyped.isEmpty() ? null : "column types unknown for " + String.join(", ", untyped);
  }

  private static Map<String, Object> column(String name, String type) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("name", name);
    c.put("type", type.toUpperCase(Locale.ROOT));
    return c;
  }

  private static String key(String schema, String table) {
    return (schema + "." + table).toLowerCase(Locale.ROOT);
  }

  private static @Nullable String blank(@Nullable String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
