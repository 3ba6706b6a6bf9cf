package dev.rocky.app.ai;

import java.util.Locale;

/** The language a generated model is written in: its file extension and the answer's code-block tag. */
public enum ModelFormat {
  SQL("sql"),
  ROCKY("rocky");

  private final String extension;

  ModelFormat(String extension) {
    this.extension = extension;
  }

  /** {@code sql} or {@code rocky}: the file extension and the tag of the answer's code block. */
  public String extension() {
    return extension;
  }

  public static ModelFormat parse(String text) {
    return valueOf(text.strip().toUpperCase(Locale.ROOT));
  }
}
