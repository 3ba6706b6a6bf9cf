package dev.rocky.app.quality.testing;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How one {@code [[test]]} ended: Rocky's {@code UnitTestResult}.
 *
 * @param error why it failed: the model's SQL error, a malformed fixture, or a summary of the row diff
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UnitTestResult(
    @JsonProperty("model") String model,
    @JsonProperty("test") String test,
    @JsonProperty("passed") boolean passed,
    @JsonProperty("error") @Nullable String error,
    @JsonProperty("mismatches") List<RowMismatch> mismatches) {

  public UnitTestResult {
    mismatches = List.copyOf(mismatches);
  }
}
