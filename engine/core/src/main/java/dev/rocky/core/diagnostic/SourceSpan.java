package dev.rocky.core.diagnostic;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * Where a diagnostic points: a project-relative file, a 1-based line and column, and how many
 * characters the caret underline covers (at least 1; not part of the JSON shape).
 */
public record SourceSpan(
    @JsonProperty("file") String file,
    @JsonProperty("line") int line,
    @JsonProperty("col") int col,
    @JsonIgnore int length) {

  public SourceSpan {
    Objects.requireNonNull(file, "file");
    if (line < 0 || col < 0) {
      throw new IllegalArgumentException("line and col must be >= 0: " + line + ":" + col);
    }
    length = Math.max(1, length);
  }

  /** A span for a whole file, when no line is known. */
  public static SourceSpan file(String file) {
    return new SourceSpan(file, 0, 0, 1);
  }

  public static SourceSpan at(String file, int line, int col) {
    return new SourceSpan(file, line, col, 1);
  }

  public static SourceSpan at(String file, int line, int col, int length) {
    return new SourceSpan(file, line, col, length);
  }

  /** {@code file:line:col}, or just the file when no line is known. */
  @Override
  public String toString() {
    return line == 0 ? file : file + ":" + line + ":" + col;
  }
}
