package dev.rocky.app.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.rocky.core.diagnostic.Diagnostic;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The one error body: Rocky serve's {@code {code, message, remediation_hint?}}, plus the run in the
 * way for {@code run_in_progress} and the compile errors for {@code project_invalid}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"code", "message", "remediation_hint", "running_run_id", "diagnostics"})
public record ApiError(
    @JsonProperty("code") String code,
    @JsonProperty("message") String message,
    @JsonProperty("remediation_hint") @Nullable String remediationHint,
    @JsonProperty("running_run_id") @Nullable String runningRunId,
    @JsonProperty("diagnostics") @Nullable List<Diagnostic> diagnostics) {

  public ApiError {
    Objects.requireNonNull(code, "code");
    message = oneLine(Objects.requireNonNull(message, "message"));
    remediationHint = remediationHint == null ? null : oneLine(remediationHint);
  }

  public static ApiError of(ApiErrorCode code, String message, @Nullable String hint) {
    return new ApiError(code.token(), message, hint, null, null);
  }

  private static String oneLine(String s) {
    return s.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
