package dev.rocky.app.dbt;

import dev.rocky.app.dbt.ImportReport.Failure;
import dev.rocky.app.dbt.ImportReport.Warning;
import dev.rocky.app.dbt.Translation.Issue;
import dev.rocky.core.error.RockyException;
import dev.rocky.core.port.ProjectSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code rocky import-dbt}: reads a dbt project (through the manifest when there is one) and
 * produces the files of the equivalent Rocky project: {@code rocky.toml}, one {@code .sql} and
 * sidecar per translated model, seeds, committed source schemas, the untranslated models' Jinja
 * under {@code untranslated/} and {@code MIGRATION-NOTES.md}; plus the report. Writes nothing
 * itself: the caller decides where the files go.
 */
public final class DbtImporter {

  /** Reads and translates; throws {@link RockyException} only when the project itself cannot be read. */
  public ImportResult run(ProjectSource dbt, DbtImportOptions options) {
    return translate(read(dbt, options), options);
  }

  /** Reads the dbt project, through its manifest when the options allow and it has one. */
  public DbtProject read(ProjectSource dbt, DbtImportOptions options) {
    DbtFiles files = new DbtFiles(dbt);
    boolean manifest = switch (options.manifest()) {
      case IGNORED -> false;
      case WHEN_PRESENT -> files.isFile(DbtManifestReader.MANIFEST);
      case REQUIRED -> {
        if (!files.isFile(DbtManifestReader.MANIFEST)) {
          throw new RockyException(DbtErrorCode.DBT_MANIFEST_NOT_FOUND, "--manifest was given but " + dbt.root()
              + " has no " + DbtManifestReader.MANIFEST + "; run `dbt parse` first, or drop --manifest");
        }
        yield true;
      }
    };
    return manifest ? DbtManifestReader.read(files) : DbtFilesReader.read(files);
  }

  /** Translates a project already read. */
  public ImportResult translate(DbtProject project, DbtImportOptions options) {
    Resolver resolver = new Resolver(project, options.defaultSchema());
    TestMapper testMapper = new TestMapper(resolver);
    Map<String, String> out = new LinkedHashMap<>();
    out.put("rocky.toml", rockyToml(project.name()));
    List<String> imported = new ArrayList<>();
    List<Warning> warnings = new ArrayList<>();
    List<Failure> failures = new ArrayList<>();
    Set<String> warned = new LinkedHashSet<>();
    int testsFound = 0;
    int testsConverted = 0;
    UnitTests unitTests = new UnitTests(project, resolver);
    for (DbtProject.DbtModel m : project.models()) {
      Translation t = JinjaTranslator.translate(resolver, m.name(), m.rawSql());
      if (Boolean.FALSE.equals(m.config().get("enabled")) || Boolean.FALSE.equals(t.config().get("enabled"))) {
        continue;
      }
      testsFound += m.tests().size();
      String target = "models/" + m.relativePath();
      if (t.untranslatable()) {
        String keptAt = "untranslated/" + m.relativePath();
        out.put(keptAt, Sidecars.untranslated(m, target, t.issues()));
        failures.add(new Failure(m.name(), reasons(t.issues()), m.path(), keptAt));
        continue;
      }
      Map<String, Object> config = new LinkedHashMap<>(m.config());
      config.putAll(t.config());
      StrategyMapper.Mapped strategy = StrategyMapper.map(config, t, m.columns());
      List<Issue> issues = new ArrayList<>(t.issues());
      issues.addAll(strategy.issues());
      List<Map<String, Object>> tests = new ArrayList<>();
      for (DbtProject.DbtTest test : m.tests()) {
        var mapped = testMapper.map(test);
        if (mapped.isPresent()) {
          tests.add(mapped.get());
          testsConverted++;
        } else {
          issues.add(Issue.warning("test", "test '" + test.name() + "'" + (test.column() == null ? "" : " on column "
              + test.column()) + " has no Rocky equivalent; not imported", 0));
        }
      }
      List<Sidecars.UnitTest> units = unitTests.of(m.name(), issues);
      List<String> dependsOn = t.models().stream().filter(d -> !d.equals(m.name())).toList();
      out.put(target, t.sql());
      out.put(target.substring(0, target.length() - ".sql".length()) + ".toml",
          Sidecars.sidecar(m, dependsOn, strategy.strategy(), strategy.todos(), tests, units));
      imported.add(m.name());
      for (Issue i : issues) {
        warnings.add(new Warning(m.name(), i.category(), i.message(), m.path(), i.line() > 0 ? i.line() : null));
        warned.add(m.name());
      }
    }
    Warehouse warehouse = new Warehouse(resolver);
    warehouse.write(project, out);
    List<String> notMigrated = notMigrated(project, warehouse, options);
    int sourcesFound = project.sources().stream().mapToInt(s -> s.tables().size()).sum();
    ImportReport draft = new ImportReport(project.method(), project.name(), project.dbtVersion(), imported.size(),
        warned.size(), failures.size(), sourcesFound, warehouse.sourcesMapped, testsFound, testsConverted,
        testsFound - testsConverted, project.unitTests().size(), unitTests.converted(), project.seeds().size(),
        project.macros().size(), imported, warnings, failures, notMigrated, out.size() + 1);
    out.put(MigrationNotes.FILE, MigrationNotes.render(draft));
    return new ImportResult(out, draft);
  }

  private static List<String> notMigrated(DbtProject project, Warehouse warehouse, DbtImportOptions options) {
    List<String> out = new ArrayList<>(project.problems());
    out.addAll(warehouse.notes);
    project.singularTests().forEach(t -> out.add("singular test " + t + " (write it as a [[tests]] expression or a custom check)"));
    project.snapshots().forEach(s -> out.add("snapshot " + s + " (use a Rocky snapshot pipeline)"));
    if (!project.macros().isEmpty()) {
      out.add(project.macros().size() + " macro(s) (" + String.join(", ", project.macros())
          + "): Rocky has no Jinja; models calling them were not translated");
    }
    for (DbtProject.DbtModel m : project.models()) {
      if (Boolean.FALSE.equals(m.config().get("enabled"))) {
        out.add("model " + m.name() + ": disabled in dbt (enabled: false), not imported");
        continue;
      }
      for (String hook : List.of("pre-hook", "post-hook", "pre_hook", "post_hook")) {
        if (m.config().get(hook) != null && !StrategyMapper.strings(m.config().get(hook)).isEmpty()) {
          out.add("model " + m.name() + ": " + hook + " not migrated (run it as a [[hook]] in rocky.toml or in the model)");
        }
      }
      for (String key : List.of("schema", "alias", "database")) {
        StrategyMapper.string(m.config().get(key)).ifPresent(v -> out.add("model " + m.name() + ": custom " + key + " '" + v
            + "' not carried over (models land in the default schema, so bare references resolve)"));
      }
    }
    project.seeds().stream().filter(s -> s.schema() == null).findFirst().ifPresent(s ->
        out.add("seeds without a schema land in '" + options.defaultSchema() + "'"));
    return out;
  }

  private static String reasons(List<Issue> issues) {
    List<String> out = new ArrayList<>();
    for (Issue i : issues) {
      if (i.kind() == Issue.Kind.UNTRANSLATABLE) {
        out.add("line " + i.line() + ": " + i.message());
      }
    }
    return String.join("; ", out);
  }

  static String rockyToml(String project) {
    String name = project.replaceAll("[^A-Za-z0-9_]", "_");
    return new TomlText()
        .comment("Imported from the dbt project '" + project + "' by rocky import-dbt; see MIGRATION-NOTES.md.")
        .table("adapter.local").put("type", "duckdb").put("path", "${ROCKY_DUCKDB_PATH:-" + name + ".duckdb}")
        .table("pipeline." + name).put("type", "transformation").put("models", "models/**")
        .table("pipeline." + name + ".target").put("adapter", "local")
        .toString();
  }
}
