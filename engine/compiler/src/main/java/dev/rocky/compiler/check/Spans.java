package dev.rocky.compiler.check;

import dev.rocky.core.diagnostic.SourceSpan;
import dev.rocky.core.project.Model;
import java.util.Optional;

/**
 * Where a model's diagnostics point: a key of its sidecar's {@code [strategy]} table or a token of
 * its SQL. When the sidecar's text is not available, or the key is not written there (it came from
 * {@code _defaults.toml} or a group), the span is the whole sidecar, else the whole SQL file.
 */
final class Spans {
  private final SourceTexts texts;

  Spans(SourceTexts texts) {
    this.texts = texts;
  }

  /** The value of {@code [strategy] key} in the model's sidecar. */
  SourceSpan strategyValue(Model model, String key) {
    return sidecar(model).flatMap(l -> l.value("strategy", key)).orElseGet(() -> wholeConfig(model));
  }

  /** The quoted {@code item} in the array {@code [strategy] key} of the model's sidecar. */
  SourceSpan strategyItem(Model model, String key, String item) {
    return sidecar(model)
        .flatMap(l -> l.arrayItem("strategy", key, item).or(() -> l.value("strategy", key)))
        .orElseGet(() -> wholeConfig(model));
  }

  /** A token of the model's SQL at {@code offset}. */
  static SourceSpan sql(Model model, int offset, int length) {
    return Positions.span(model.sqlFile(), model.sql(), offset, length);
  }

  private Optional<TomlLocator> sidecar(Model model) {
    String file = model.sidecarFile();
    if (file == null) {
      return Optional.empty();
    }
    return texts.text(file).map(t -> TomlLocator.of(file, t));
  }

  private static SourceSpan wholeConfig(Model model) {
    String file = model.sidecarFile();
    return SourceSpan.file(file != null ? file : model.sqlFile());
  }
}
