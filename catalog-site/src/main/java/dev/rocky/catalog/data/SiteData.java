package dev.rocky.catalog.data;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Everything one catalog site shows. {@code compliance} and {@code pr} are null when not recorded
 * (the site then says so instead of inventing a verdict); run lists are newest first.
 */
public record SiteData(
    ProjectInfo project,
    List<ModelData> models,
    List<SourceData> sources,
    List<RunData> runs,
    List<DiagnosticData> diagnostics,
    List<CodeData> codes,
    @Nullable ComplianceData compliance,
    @Nullable PrData pr) {

  public SiteData {
    Objects.requireNonNull(project, "project");
    models = List.copyOf(models);
    sources = List.copyOf(sources);
    runs = List.copyOf(runs);
    diagnostics = List.copyOf(diagnostics);
    codes = List.copyOf(codes);
  }
}
