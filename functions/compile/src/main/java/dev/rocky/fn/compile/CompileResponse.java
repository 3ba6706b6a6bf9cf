package dev.rocky.fn.compile;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a compile produced. Artifacts travel as keys of the content-addressed artifact store (Step
 * Functions payloads are limited to 256 KB); the counts and the layers are small enough to inline.
 *
 * @param reportKey the compile report: Rocky's {@code rocky compile --output json} document
 * @param irKey the compiled project: models with their types, the DAG's layers, column lineage
 * @param planKey the run plan the execute function reads; absent when the project has errors
 * @param configHash the first 16 hex characters of the SHA-256 of the project's rocky.toml, as a run record keeps it
 * @param layers the plan's model names, layer by layer; absent when the request said {@code include_layers: false}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CompileResponse(
    @JsonProperty("has_errors") boolean hasErrors,
    @JsonProperty("models") int models,
    @JsonProperty("execution_layers") int executionLayers,
    @JsonProperty("errors") int errors,
    @JsonProperty("warnings") int warnings,
    @JsonProperty("dialect") String dialect,
    @JsonProperty("report_key") String reportKey,
    @JsonProperty("ir_key") String irKey,
    @JsonProperty("plan_key") @Nullable String planKey,
    @JsonProperty("config_hash") String configHash,
    @JsonProperty("layers") @Nullable List<List<String>> layers) {

  public CompileResponse {
    Objects.requireNonNull(dialect, "dialect");
    Objects.requireNonNull(reportKey, "reportKey");
    Objects.requireNonNull(irKey, "irKey");
    Objects.requireNonNull(configHash, "configHash");
    layers = layers == null ? null : layers.stream().map(List::copyOf).toList();
  }
}
