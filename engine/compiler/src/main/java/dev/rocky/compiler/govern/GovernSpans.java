package dev.rocky.compiler.govern;

import dev.rocky.compiler.check.SourceTexts;
import dev.rocky.compiler.govern.SqlTokens.Kind;
import dev.rocky.compiler.govern.SqlTokens.Token;
import dev.rocky.core.diagnostic.SourceSpan;
import dev.rocky.core.project.Model;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where governance diagnostics point: a column's entry in the sidecar's {@code [classification]}
 * table, or the column where the model's SQL names it (its {@code AS} alias when there is one). Falls
 * back to the whole sidecar or SQL file.
 */
final class GovernSpans {
  private static final Pattern HEADER = Pattern.compile("(?m)^[ \\t]*\\[[ \\t]*classification[ \\t]*\\][ \\t]*(#.*)?$");
  private static final Pattern NEXT_HEADER = Pattern.compile("(?m)^[ \\t]*\\[");

  private final SourceTexts texts;

  GovernSpans(SourceTexts texts) {
    this.texts = texts;
  }

  /** The value of {@code column = "tag"} under {@code [classification]} in the model's sidecar. */
  SourceSpan classification(Model model, String column) {
    String file = model.sidecarFile();
    if (file == null) {
      return SourceSpan.file(model.sqlFile());
    }
    Optional<String> text = texts.text(file);
    if (text.isEmpty()) {
      return SourceSpan.file(file);
    }
    String t = text.get();
    Matcher header = HEADER.matcher(t);
    if (!header.find()) {
      return SourceSpan.file(file);
    }
    int start = header.end();
    Matcher next = NEXT_HEADER.matcher(t);
    int end = next.find(start) ? next.start() : t.length();
    Matcher key = Pattern.compile("(?mi)^[ \\t]*\"?" + Pattern.quote(column) + "\"?[ \\t]*=[ \\t]*").matcher(t);
    key.region(start, end);
    if (!key.find()) {
      return SourceSpan.file(file);
    }
    int valueStart = key.end();
    int eol = t.indexOf('\n', valueStart);
    String value = t.substring(valueStart, eol < 0 ? t.length() : eol).replaceAll("\\s*(#.*)?$", "");
    return span(file, t, valueStart, Math.max(1, value.length()));
  }

  /** The column in the model's SQL: its alias after {@code AS}, else its first mention. */
  static SourceSpan column(Model model, String column) {
    List<Token> tokens = SqlTokens.scan(model.sql(), true).tokens();
    Token first = null;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if ((t.kind() == Kind.WORD || t.kind() == Kind.QUOTED) && unquote(t.text()).equalsIgnoreCase(column)) {
        if (i > 0 && tokens.get(i - 1).is("AS")) {
          return SourceSpan.at(model.sqlFile(), t.line(), t.col(), t.text().length());
        }
        if (first == null) {
          first = t;
        }
      }
    }
    return first == null ? SourceSpan.file(model.sqlFile())
        : SourceSpan.at(model.sqlFile(), first.line(), first.col(), first.text().length());
  }

  private static String unquote(String text) {
    char c = text.charAt(0);
    return (c == '"' || c == '`') && text.length() >= 2 ? text.substring(1, text.length() - 1) : text;
  }

  private static SourceSpan span(String file, String text, int offset, int length) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return SourceSpan.at(file, line, offset - lineStart + 1, length);
  }
}
