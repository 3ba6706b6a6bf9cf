package dev.rocky.catalog.data;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A diagnostic code of the registry with its one-line summary and, when bundled, its documentation page (Markdown). */
public record CodeData(String code, String severity, String category, String summary, @Nullable String markdown) {

  public CodeData {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(summary, "summary");
  }
}
