package dev.rocky.app.dbt;

import dev.rocky.app.compile.CompileService;
import dev.rocky.app.dbt.MigrationReport.ModelComparison;
import dev.rocky.app.dbt.MigrationReport.TypeDifference;
import dev.rocky.compiler.CompileOptions;
import dev.rocky.compiler.CompileResult;
import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.port.ProjectSource;
import dev.rocky.core.project.Model;
import dev.rocky.core.types.ModelSchema;
import dev.rocky.core.types.RockyType;
import dev.rocky.core.types.TypeNames;
import dev.rocky.core.types.TypedColumn;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code rocky validate-migration}: compiles the imported Rocky project and compares it with the
 * dbt project, model by model: presence, upstream models (dbt's from the manifest, or from the
 * {@code ref()}s in the SQL), and, where dbt declares columns (schema files or the manifest), that
 * each is in Rocky's inferred output with a type of the same family. Models the import kept under
 * {@code untranslated/} are listed, not counted as differences.
 */
public final class MigrationValidator {
  private final CompileService compiler;

  public MigrationValidator(CompileService compiler) {
    this.compiler = compiler;
  }

  public MigrationReport validate(ProjectSource dbt, ProjectSource rocky, CompileOptions options) {
    DbtProject read = new DbtImporter().read(dbt, DbtImportOptions.defaults());
    DbtProject project = new DbtProject(read.name(), read.dbtVersion(), read.method(), read.vars(),
        read.models().stream().filter(m -> !Boolean.FALSE.equals(m.config().get("enabled"))).toList(), read.sources(),
        read.seeds(), read.unitTests(), read.singularTests(), read.macros(), read.snapshots(), read.problems());
    Resolver resolver = new Resolver(project, DbtImportOptions.defaults().defaultSchema());
    CompileResult compiled = compiler.compile(rocky, options);
    List<Diagnostic> errors = compiled.diagnostics().stream().filter(Diagnostic::isError).toList();
    Map<String, Model> rockyModels = compiled.project() == null ? Map.of() : compiled.project().modelsByName();
    Set<String> untranslated = untranslated(rocky);

    List<ModelComparison> models = new ArrayList<>();
    Set<String> names = new LinkedHashSet<>();
    project.models().forEach(m -> names.add(m.name()));
    names.addAll(rockyModels.keySet());
    for (String name : names) {
      Optional<DbtProject.DbtModel> d = project.model(name);
      boolean inRocky = rockyModels.containsKey(name);
      List<String> dbtDeps = d.map(m -> m.dependsOn() != null ? m.dependsOn()
          : JinjaTranslator.translate(resolver, m.name(), m.rawSql()).models()).orElse(List.of());
      dbtDeps = dbtDeps.stream().filter(x -> !x.equals(name)).distinct().toList();
      List<String> rockyDeps = inRocky && compiled.dag() != null ? compiled.dag().upstreamOf(name) : List.of();
      List<String> missingColumns = new ArrayList<>();
      List<TypeDifference> types = new ArrayList<>();
      int checked = 0;
      ModelSchema schema = compiled.schemas().get(name);
      if (d.isPresent() && schema != null && schema.complete()) {
        for (DbtProject.DbtColumn c : d.get().columns()) {
          checked++;
          Optional<TypedColumn> col = schema.column(c.name());
          if (col.isEmpty()) {
            missingColumns.add(c.name());
          } else if (c.dataType() != null) {
            String dbtFamily = TypeNames.parseSql(c.dataType()).map(MigrationValidator::family).orElse(null);
            String rockyFamily = family(col.get().type());
            if (dbtFamily != null && rockyFamily != null && !dbtFamily.equals(rockyFamily)) {
              types.add(new TypeDifference(c.name(), c.dataType(), col.get().type().typeName()));
            }
          }
        }
      }
      models.add(new ModelComparison(name, d.isPresent(), inRocky, d.isPresent() && !inRocky && untranslated.contains(name),
          dbtDeps, rockyDeps, minus(dbtDeps, rockyDeps), minus(rockyDeps, dbtDeps), checked, missingColumns, types));
    }
    int differences = (int) models.stream().filter(ModelComparison::differs).count();
    List<String> notTranslated = models.stream().filter(ModelComparison::notTranslated).map(ModelComparison::model).toList();
    return new MigrationReport(project.name(), project.models().size(), rockyModels.size(), notTranslated, differences,
        errors.isEmpty(), errors, models);
  }

  private static List<String> minus(List<String> a, List<String> b) {
    Set<String> lower = new LinkedHashSet<>();
    b.forEach(x -> lower.add(x.toLowerCase(Locale.ROOT)));
    return a.stream().filter(x -> !lower.contains(x.toLowerCase(Locale.ROOT))).toList();
  }

  /** The comparable family of a type, or null when it is unknown. */
  private static @org.jspecify.annotations.Nullable String family(RockyType t) {
    if (t.isUnknown()) {
      return null;
    }
    if (t.isNumeric()) {
      return "number";
    }
    if (t == RockyType.DATE) {
      return "date";
    }
    if (t.isTemporal()) {
      return "timestamp";
    }
    return t instanceof RockyType.Simple s ? s.typeName() : t.getClass().getSimpleName();
  }

  /** The names of the models the import kept under {@code untranslated/}. */
  private static Set<String> untranslated(ProjectSource rocky) {
    Set<String> out = new LinkedHashSet<>();
    if (!rocky.isDirectory("untranslated")) {
      return out;
    }
    try {
      for (String f : rocky.listFiles("untranslated")) {
        out.add(DbtFiles.stem(f));
      }
    } catch (IOException e) {
      // unreadable: every missing model counts as a difference
    }
    return out;
  }
}
