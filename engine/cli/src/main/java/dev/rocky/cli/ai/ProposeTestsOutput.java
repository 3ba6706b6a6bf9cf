package dev.rocky.cli.ai;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.rocky.app.ai.Proposal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The JSON of {@code rocky ai-test}.
 *
 * @param proposed how many tests the model proposed
 * @param kept how many passed and were written
 * @param sidecar the sidecar they were appended to, project-relative, or null when none passed
 */
public record ProposeTestsOutput(
    @JsonProperty("model") String model,
    @JsonProperty("proposed") int proposed,
    @JsonProperty("kept") int kept,
    @JsonProperty("sidecar") @Nullable String sidecar,
    @JsonProperty("proposals") List<Proposal> proposals) {

  public ProposeTestsOutput {
    proposals = List.copyOf(proposals);
  }
}
