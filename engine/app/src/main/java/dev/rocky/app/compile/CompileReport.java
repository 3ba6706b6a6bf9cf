package dev.rocky.app.compile;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.rocky.compiler.CompileResult;
import dev.rocky.compiler.CompileTimings;
import dev.rocky.compiler.dag.Dag;
import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.project.Contract;
import dev.rocky.core.project.Model;
import dev.rocky.core.project.Project;
import dev.rocky.core.types.ModelSchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Rocky's {@code CompileOutput} without its envelope (the caller adds {@code version} and
 * {@code command}): counts, {@code has_errors}, diagnostics, timings and one detail per model.
 */
@JsonPropertyOrder({"models", "execution_layers", "has_errors", "diagnostics", "compile_timings", "models_detail"})
public record CompileReport(
    @JsonProperty("models") int models,
    @JsonProperty("execution_layers") int executionLayers,
    @JsonProperty("has_errors") boolean hasErrors,
    @JsonProperty("diagnostics") List<Diagnostic> diagnostics,
    @JsonProperty("compile_timings") CompileTimings timings,
    @JsonProperty("models_detail") List<ModelDetail> modelsDetail) {

  /** The report of a compile, limited to one model's diagnostics and detail when {@code only} is set. */
  public static CompileReport of(CompileResult result, @Nullable String only) {
    Project project = result.project();
    Dag dag = result.dag();
    List<Diagnostic> diagnostics = only == null
        ? result.diagnostics()
        : result.diagnostics().stream().filter(d -> only.equals(d.model())).toList();
    List<ModelDetail> details = new ArrayList<>();
    if (project != null) {
      Map<String, String> contractSource = new HashMap<>();
      for (Contract c : project.contracts()) {
        contractSource.put(c.model(), c.source());
      }
      Map<String, ModelSchema> schemas = result.schemas();
      for (Model m : project.models()) {
        if (only != null && !only.equals(m.name())) {
          continue;
        }
        ModelSchema schema = schemas.getOrDefault(m.name(), ModelSchema.unknown(m.name()));
        details.add(new ModelDetail(m.name(), m.strategy(), m.target(), m.config().freshness(),
            contractSource.get(m.name()), dag == null ? List.of() : dag.upstreamOf(m.name()), m.config().tags(),
            schema.columns(), schema.complete()));
      }
    }
    int models = only != null ? details.size() : project == null ? 0 : project.models().size();
    boolean errors = diagnostics.stream().anyMatch(Diagnostic::isError);
    return new CompileReport(models, dag == null ? 0 : dag.layers().size(), errors, diagnostics, result.timings(), details);
  }
}
