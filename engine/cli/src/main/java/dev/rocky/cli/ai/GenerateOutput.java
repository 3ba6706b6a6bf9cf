package dev.rocky.cli.ai;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.rocky.core.diagnostic.Diagnostic;
import java.util.List;

/**
 * The JSON of {@code rocky ai}.
 *
 * @param model the new model's name
 * @param format {@code sql} or {@code rocky}
 * @param attempts how many answers were asked for
 * @param compiled whether the last answer compiles without errors
 * @param files the files written, project-relative (none unless {@code compiled})
 * @param diagnostics the last compile's errors and its findings about the new model
 */
public record GenerateOutput(
    @JsonProperty("model") String model,
    @JsonProperty("format") String format,
    @JsonProperty("attempts") int attempts,
    @JsonProperty("compiled") boolean compiled,
    @JsonProperty("files") List<String> files,
    @JsonProperty("diagnostics") List<Diagnostic> diagnostics) {

  public GenerateOutput {
    files = List.copyOf(files);
    diagnostics = List.copyOf(diagnostics);
  }
}
