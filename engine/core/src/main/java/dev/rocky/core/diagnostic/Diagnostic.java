package dev.rocky.core.diagnostic;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One user-facing finding: a stable code, a severity, a message, the model it belongs to, where it
 * points and, where possible, what to do about it. The JSON shape is Rocky's.
 */
@JsonPropertyOrder({"severity", "code", "message", "model", "span", "suggestion"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Diagnostic(
    Severity severity,
    DiagnosticCode code,
    String message,
    @Nullable String model,
    @Nullable SourceSpan span,
    @Nullable String suggestion) {

  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  /** A diagnostic with the code's default severity. */
  public static Diagnostic of(DiagnosticCode code, String message) {
    return new Diagnostic(code.severity(), code, message, null, null, null);
  }

  public Diagnostic withModel(@Nullable String model) {
    return new Diagnostic(severity, code, message, model, span, suggestion);
  }

  public Diagnostic withSpan(@Nullable SourceSpan span) {
    return new Diagnostic(severity, code, message, model, span, suggestion);
  }

  public Diagnostic withSuggestion(@Nullable String suggestion) {
    return new Diagnostic(severity, code, message, model, span, suggestion);
  }

  public Diagnostic withSeverity(Severity severity) {
    return new Diagnostic(severity, code, message, model, span, suggestion);
  }

  @JsonIgnore
  public boolean isError() {
    return severity == Severity.Error;
  }
}
