package dev.rocky.compiler.check;

import java.util.Map;
import java.util.Optional;

/**
 * The text of project files by project-relative path, used only to point diagnostics at the exact
 * key or token. A file that cannot be read is absent; checks then point at the whole file.
 */
@FunctionalInterface
public interface SourceTexts {

  /** The file's text, or empty when it is not known. */
  Optional<String> text(String file);

  /** No texts: every span falls back to the whole file. */
  static SourceTexts none() {
    return file -> Optional.empty();
  }

  /** Texts from a map of path to content (tests, in-memory projects). */
  static SourceTexts of(Map<String, String> texts) {
    Map<String, String> copy = Map.copyOf(texts);
    return file -> Optional.ofNullable(copy.get(file));
  }
}
