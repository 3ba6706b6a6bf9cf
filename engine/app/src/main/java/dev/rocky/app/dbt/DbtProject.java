package dev.rocky.app.dbt;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A dbt project as read, from its files or from {@code target/manifest.json}: the same shape
 * either way, so that translation does not care which. Paths are relative to the dbt project.
 *
 * @param method {@code "manifest.json"} or {@code "regex"} (files read without a Jinja runtime)
 * @param problems files that could not be read, with why (the rest was read)
 */
public record DbtProject(
    String name,
    @Nullable String dbtVersion,
    String method,
    Map<String, Object> vars,
    List<DbtModel> models,
    List<DbtSource> sources,
    List<DbtSeed> seeds,
    List<DbtUnitTest> unitTests,
    List<String> singularTests,
    List<String> macros,
    List<String> snapshots,
    List<String> problems) {

  public DbtProject {
    Objects.requireNonNull(name, "name");
    vars = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(vars));
    models = List.copyOf(models);
    sources = List.copyOf(sources);
    seeds = List.copyOf(seeds);
    unitTests = List.copyOf(unitTests);
    singularTests = List.copyOf(singularTests);
    macros = List.copyOf(macros);
    snapshots = List.copyOf(snapshots);
    problems = List.copyOf(problems);
  }

  public Optional<DbtModel> model(String name) {
    return models.stream().filter(m -> m.name().equals(name)).findFirst();
  }

  public Optional<DbtSeed> seed(String name) {
    return seeds.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  /**
   * One model.
   *
   * @param path the SQL file, e.g. {@code models/staging/stg_orders.sql}
   * @param relativePath the path below its model directory, e.g. {@code staging/stg_orders.sql}
   * @param config the project-level and schema-file configuration (inline {@code config()} not included)
   * @param dependsOn the models it reads, when dbt said so (the manifest); null when only the SQL can tell
   */
  public record DbtModel(
      String name,
      String path,
      String relativePath,
      String rawSql,
      Map<String, Object> config,
      @Nullable String description,
      List<DbtColumn> columns,
      List<DbtTest> tests,
      @Nullable List<String> dependsOn) {
    public DbtModel {
      config = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(config));
      columns = List.copyOf(columns);
      tests = List.copyOf(tests);
      dependsOn = dependsOn == null ? null : List.copyOf(dependsOn);
    }
  }

  public record DbtColumn(String name, @Nullable String dataType, @Nullable String description) {}

  /** A generic test: {@code not_null}, {@code dbt_utils.accepted_range}, ...; {@code column} null for model-level. */
  public record DbtTest(String name, @Nullable String column, Map<String, Object> kwargs) {
    public DbtTest {
      kwargs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(kwargs));
    }
  }

  public record DbtSource(String name, @Nullable String database, String schema, List<DbtSourceTable> tables) {
    public DbtSource {
      tables = List.copyOf(tables);
    }
  }

  /** A source table; {@code identifier} is the physical name (the table name unless set). */
  public record DbtSourceTable(String name, String identifier, List<DbtColumn> columns) {
    public DbtSourceTable {
      columns = List.copyOf(columns);
    }
  }

  /** A CSV seed; {@code schema} is where it lands, null for the default schema. */
  public record DbtSeed(String name, String path, String csv, @Nullable String schema, Map<String, String> columnTypes) {
    public DbtSeed {
      columnTypes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(columnTypes));
    }
  }

  /** A dbt unit test ({@code unit_tests:} in a schema file). */
  public record DbtUnitTest(String name, String model, @Nullable String description, List<Given> given,
      List<Map<String, Object>> expect) {
    public DbtUnitTest {
      given = List.copyOf(given);
      expect = List.copyOf(expect);
    }
  }

  /** One input of a unit test: {@code ref('m')} or {@code source('s', 't')}, its rows and their format. */
  public record Given(String input, List<Map<String, Object>> rows, String format) {
    public Given {
      rows = List.copyOf(rows);
    }
  }
}
