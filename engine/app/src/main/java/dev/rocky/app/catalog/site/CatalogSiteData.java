package dev.rocky.app.catalog.site;

import dev.rocky.catalog.data.CodeData;
import dev.rocky.catalog.data.ColumnData;
import dev.rocky.catalog.data.DiagnosticData;
import dev.rocky.catalog.data.ModelData;
import dev.rocky.catalog.data.PrData;
import dev.rocky.catalog.data.ProjectInfo;
import dev.rocky.catalog.data.RunData;
import dev.rocky.catalog.data.SiteData;
import dev.rocky.catalog.data.SourceData;
import dev.rocky.catalog.render.CodeDocs;
import dev.rocky.compiler.CompileResult;
import dev.rocky.core.RockyVersion;
import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.diagnostic.DiagnosticCode;
import dev.rocky.core.project.Model;
import dev.rocky.core.project.Project;
import dev.rocky.core.project.SourceTable;
import dev.rocky.core.run.RunRecord;
import dev.rocky.core.types.TypedColumn;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Builds the site's data from a compile, the recorded runs (newest first) and, for a pull request, its lineage diff. */
public final class CatalogSiteData {
  private CatalogSiteData() {}

  /**
   * The site's data. The compile must have loaded the project ({@code result.project()} set);
   * {@code pr} is null outside a pull request.
   */
  public static SiteData of(CompileResult result, List<RunRecord> runs, Instant now, @Nullable PrData pr) {
    Project project = Objects.requireNonNull(result.project(), "a compile whose project loaded");
    TableNames names = new TableNames(project);
    Models models = new Models(result, project, names, new TestResults(runs));
    List<ModelData> modelData = new ArrayList<>(project.models().size());
    for (Model m : project.models()) {
      modelData.add(models.of(m));
    }
    List<SourceData> sources = project.sources().stream().map(CatalogSiteData::source).toList();
    List<RunData> runData = runs.stream().map(Runs::of).toList();
    List<DiagnosticData> diagnostics = result.diagnostics().stream().map(CatalogSiteData::diagnostic).toList();
    boolean classified = project.models().stream().anyMatch(m -> !m.config().classification().isEmpty());
    Path root = Path.of(project.root()).toAbsolutePath().normalize();
    String name = root.getFileName() == null ? "project" : root.getFileName().toString();
    ProjectInfo info = new ProjectInfo(name, result.dialect().name().toLowerCase(Locale.ROOT), RockyVersion.get(), now,
        project.config().budget().maxUsd());
    return new SiteData(info, modelData, sources, runData, diagnostics, codes(), classified ? Compliance.of(project) : null, pr);
  }

  private static SourceData source(SourceTable s) {
    return new SourceData(s.ref().qualifiedName(), s.file(), s.columns().stream().map(CatalogSiteData::column).toList());
  }

  private static ColumnData column(TypedColumn c) {
    return ColumnData.of(c.name(), c.type().display(), c.nullable());
  }

  private static DiagnosticData diagnostic(Diagnostic d) {
    return new DiagnosticData(d.severity().name(), d.code().code(), d.message(), d.model(),
        d.span() == null ? null : d.span().toString(), d.suggestion());
  }

  /** Every code of the registry, with its documentation page. */
  static List<CodeData> codes() {
    List<CodeData> out = new ArrayList<>();
    for (DiagnosticCode c : DiagnosticCode.values()) {
      String category = c.category().name().replace('_', ' ').toLowerCase(Locale.ROOT);
      out.add(new CodeData(c.code(), c.severity().name(), Character.toUpperCase(category.charAt(0)) + category.substring(1),
          c.summary(), CodeDocs.markdown(c.code())));
    }
    return out;
  }
}
