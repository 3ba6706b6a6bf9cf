package dev.rocky.app.quality.testing;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/** One model of the local execution test: {@code pass}, or {@code fail} with the error. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModelTestResult(
    @JsonProperty("model") String model,
    @JsonProperty("status") String status,
    @JsonProperty("error") @Nullable String error) {

  public static ModelTestResult pass(String model) {
    return new ModelTestResult(model, "pass", null);
  }

  public static ModelTestResult fail(String model, String error) {
    return new ModelTestResult(model, "fail", error);
  }

  public boolean passed() {
    return status.equals("pass");
  }
}
