package dev.rocky.app.validate;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.rocky.core.diagnostic.Diagnostic;
import java.util.List;

/** What {@code rocky validate} found: whether the project is valid, its size, and the findings. */
@JsonPropertyOrder({"valid", "adapters", "pipelines", "models", "diagnostics"})
public record ValidateReport(
    @JsonProperty("valid") boolean valid,
    @JsonProperty("adapters") int adapters,
    @JsonProperty("pipelines") int pipelines,
    @JsonProperty("models") int models,
    @JsonProperty("diagnostics") List<Diagnostic> diagnostics) {}
