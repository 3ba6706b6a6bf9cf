package dev.rocky.catalog.data;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A current compiler finding: severity ({@code Error}, {@code Warning}, {@code Info}), code, message and where. */
public record DiagnosticData(
    String severity, String code, String message, @Nullable String model, @Nullable String location,
    @Nullable String suggestion) {

  public DiagnosticData {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }
}
