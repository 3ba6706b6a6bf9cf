package dev.rocky.compiler.check;

import dev.rocky.core.diagnostic.SourceSpan;
import dev.rocky.core.project.Model;

/**
 * Where a diagnostic about a sidecar key points, for checks outside this package: the value of
 * {@code [table] key} in the model's sidecar, else the whole sidecar (the key came from elsewhere,
 * or the text is not available), else the model's SQL file.
 */
public final class SidecarSpans {
  private SidecarSpans() {}

  public static SourceSpan value(SourceTexts texts, Model model, String table, String key) {
    String file = model.sidecarFile();
    if (file == null) {
      return SourceSpan.file(model.sqlFile());
    }
    return texts.text(file).flatMap(t -> TomlLocator.of(file, t).value(table, key)).orElseGet(() -> SourceSpan.file(file));
  }
}
