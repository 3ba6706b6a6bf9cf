package dev.rocky.compiler;

import dev.rocky.compiler.bind.ModelAnalysis;
import dev.rocky.compiler.dag.Dag;
import dev.rocky.compiler.lineage.LineageGraph;
import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.lineage.LineageEdge;
import dev.rocky.core.project.Dialect;
import dev.rocky.core.project.Project;
import dev.rocky.core.types.ModelSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Everything a compile learned: the project, the DAG, one analysis per model (in file order), the
 * diagnostics of every stage, the timings, and the column-level lineage graph built from the
 * analyses (its indexes are built on first use). {@code project} and {@code dag} are null only when
 * the configuration itself could not be read.
 */
public record CompileResult(
    @Nullable Project project,
    @Nullable Dag dag,
    Dialect dialect,
    Map<String, ModelAnalysis> analyses,
    List<Diagnostic> diagnostics,
    CompileTimings timings,
    int modelsAnalysed,
    LineageGraph lineage) {

  public CompileResult {
    analyses = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(analyses));
    diagnostics = List.copyOf(diagnostics);
    java.util.Objects.requireNonNull(lineage, "lineage");
  }

  /** A result whose lineage graph is that of {@code analyses}. */
  public CompileResult(@Nullable Project project, @Nullable Dag dag, Dialect dialect, Map<String, ModelAnalysis> analyses,
      List<Diagnostic> diagnostics, CompileTimings timings, int modelsAnalysed) {
    this(project, dag, dialect, analyses, diagnostics, timings, modelsAnalysed, LineageGraph.of(analyses));
  }

  public boolean hasErrors() {
    for (Diagnostic d : diagnostics) {
      if (d.isError()) {
        return true;
      }
    }
    return false;
  }

  /** Inferred output schemas by model name. */
  public Map<String, ModelSchema> schemas() {
    Map<String, ModelSchema> out = new LinkedHashMap<>();
    analyses.forEach((name, a) -> out.put(name, a.schema()));
    return out;
  }

  /** Every model's lineage edges, in file order: the project's column-level lineage graph. */
  public List<LineageEdge> edges() {
    List<LineageEdge> out = new ArrayList<>();
    for (ModelAnalysis a : analyses.values()) {
      out.addAll(a.edges());
    }
    return out;
  }
}
