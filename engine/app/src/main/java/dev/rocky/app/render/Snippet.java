package dev.rocky.app.render;

import dev.rocky.core.diagnostic.Severity;
import dev.rocky.core.diagnostic.SourceSpan;
import java.util.List;
import java.util.Optional;

/**
 * The source excerpt under a diagnostic: the span's line with its number in a gutter and a caret
 * underline. Tabs are shown as four spaces and the carets follow them; an underline that would run
 * past the end of the line stops there.
 */
final class Snippet {
  private static final int TAB = 4;

  private final int lineNumber;
  private final String line;
  private final int caretOffset;
  private final int caretLength;

  private Snippet(int lineNumber, String line, int caretOffset, int caretLength) {
    this.lineNumber = lineNumber;
    this.line = line;
    this.caretOffset = caretOffset;
    this.caretLength = caretLength;
  }

  /** The excerpt for a span, or empty when the span has no line or the text does not reach it. */
  static Optional<Snippet> of(SourceSpan span, String text) {
    if (span.line() < 1) {
      return Optional.empty();
    }
    List<String> lines = text.lines().toList();
    if (span.line() > lines.size()) {
      return Optional.empty();
    }
    String raw = lines.get(span.line() - 1).stripTrailing();
    int start = Math.min(Math.max(span.col(), 1) - 1, raw.length());
    int end = Math.max(start, Math.min(start + span.length(), raw.length()));
    String before = expand(raw.substring(0, start));
    String under = expand(raw.substring(start, end));
    return Optional.of(new Snippet(span.line(), expand(raw), before.length(), Math.max(1, under.length())));
  }

  /** Digits of the line number: the gutter width. */
  int width() {
    return Integer.toString(lineNumber).length();
  }

  /** Appends the numbered line and the caret line, with a gutter {@code width} digits wide. */
  void appendTo(StringBuilder out, int width, Style style, Severity severity) {
    String number = " ".repeat(width - width()) + lineNumber;
    out.append(style.frame(" " + number + " |")).append(line.isEmpty() ? "" : " " + line).append('\n');
    out.append(style.frame(" ".repeat(width + 2) + "|"))
        .append(' ')
        .append(" ".repeat(caretOffset))
        .append(style.severity(severity, "^".repeat(caretLength)))
        .append('\n');
  }

  private static String expand(String text) {
    if (text.indexOf('\t') < 0) {
      return text;
    }
    return text.replace("\t", " ".repeat(TAB));
  }
}
