package dev.rocky.app.render;

import dev.rocky.core.diagnostic.Severity;

/** ANSI styles, or none: every method returns its text unchanged when colour is off. */
final class Style {
  private static final String RESET = "\u001b[0m";

  private final boolean color;

  Style(boolean color) {
    this.color = color;
  }

  String bold(String text) {
    return paint("1", text);
  }

  /** Gutter, arrow and line numbers: bold blue. */
  String frame(String text) {
    return paint("1;34", text);
  }

  /** The severity's colour, bold: red errors, yellow warnings, cyan infos. */
  String severity(Severity severity, String text) {
    return switch (severity) {
      case Error -> paint("1;31", text);
      case Warning -> paint("1;33", text);
      case Info -> paint("1;36", text);
    };
  }

  String success(String text) {
    return paint("1;32", text);
  }

  private String paint(String code, String text) {
    return color && !text.isEmpty() ? "\u001b[" + code + "m" + text + RESET : text;
  }
}
