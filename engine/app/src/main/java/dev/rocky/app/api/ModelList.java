package dev.rocky.app.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.rocky.app.compile.ModelDetail;
import java.util.List;

/**
 * The body of {@code GET /models}: {@code rocky compile}'s {@code models_detail}, with the
 * envelope every Rocky payload starts with, whether the compile had errors, and the pipelines.
 */
@JsonPropertyOrder({"version", "command", "has_errors", "pipelines", "models"})
public record ModelList(
    @JsonProperty("version") String version,
    @JsonProperty("command") String command,
    @JsonProperty("has_errors") boolean hasErrors,
    @JsonProperty("pipelines") List<PipelineModels> pipelines,
    @JsonProperty("models") List<ModelDetail> models) {

  public ModelList {
    pipelines = List.copyOf(pipelines);
    models = List.copyOf(models);
  }

  /** A transformation pipeline and its models. */
  public record PipelineModels(@JsonProperty("name") String name, @JsonProperty("models") List<String> models) {
    public PipelineModels {
      models = List.copyOf(models);
    }
  }
}
