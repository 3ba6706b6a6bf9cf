package dev.rocky.compiler;

import dev.rocky.compiler.bind.ModelAnalysis;
import dev.rocky.compiler.check.BlastRadiusLint;
import dev.rocky.compiler.check.ContractChecker;
import dev.rocky.compiler.check.FreshnessLint;
import dev.rocky.compiler.check.MergeKeyLint;
import dev.rocky.compiler.check.SourceTexts;
import dev.rocky.compiler.check.TimeIntervalChecker;
import dev.rocky.compiler.govern.GovernChecks;
import dev.rocky.compiler.lineage.LineageGraph;
import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.lineage.LineageEdge;
import dev.rocky.core.port.ProjectSource;
import dev.rocky.core.project.Dialect;
import dev.rocky.core.project.Model;
import dev.rocky.core.project.Project;
import dev.rocky.core.types.ModelSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The project-wide checks that run after binding: contracts, time intervals, the lints and governance. */
final class ProjectChecks {
  private final Project project;
  private final SourceTexts texts;
  private final @Nullable Dialect targetDialect;
  private final Dialect written;

  ProjectChecks(ProjectSource source, Project project, @Nullable Dialect targetDialect, Dialect written) {
    this.project = project;
    this.targetDialect = targetDialect;
    this.written = written;
    Map<String, String> known = new HashMap<>();
    for (Model m : project.models()) {
      known.put(m.sqlFile(), m.sql());
    }
    Map<String, Optional<String>> read = new HashMap<>();
    this.texts = file -> known.containsKey(file)
        ? Optional.of(known.get(file))
        : read.computeIfAbsent(file, f -> {
          try {
            return source.isFile(f) ? Optional.of(source.read(f)) : Optional.empty();
          } catch (IOException e) {
            return Optional.empty();
          }
        });
  }

  List<Diagnostic> run(Map<String, ModelAnalysis> analyses) {
    return run(analyses, null);
  }

  /** @param freshness W005 as {@link FreshnessLint} finds it over every model, when already known */
  List<Diagnostic> run(Map<String, ModelAnalysis> analyses, @Nullable List<Diagnostic> freshness) {
    Map<String, ModelSchema> schemas = new LinkedHashMap<>();
    Set<String> star = new LinkedHashSet<>();
    List<LineageEdge> edges = new ArrayList<>();
    analyses.forEach((name, a) -> {
      schemas.put(name, a.schema());
      if (a.hasStar()) {
        star.add(name);
      }
      edges.addAll(a.edges());
    });
    List<Model> models = project.models();
    List<Diagnostic> out = new ArrayList<>();
    out.addAll(new ContractChecker(texts).check(project.contracts(), schemas, project.modelsByName().keySet()));
    out.addAll(new TimeIntervalChecker(texts).check(models, schemas));
    out.addAll(new MergeKeyLint(texts).check(models, schemas));
    out.addAll(freshness != null ? freshness
        : new FreshnessLint().check(models, schemas, project.config().freshness().expectedLagSeconds() != null));
    out.addAll(new BlastRadiusLint().check(star, edges, models));
    out.addAll(GovernChecks.run(project, LineageGraph.of(analyses), texts, targetDialect, written));
    return out;
  }
}
