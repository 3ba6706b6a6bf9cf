package dev.rocky.compiler.sql;

import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.diagnostic.DiagnosticCode;
import dev.rocky.core.diagnostic.SourceSpan;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.jspecify.annotations.Nullable;

/** Turns Calcite's parse exceptions into E004 diagnostics: exact position, one short line, no stack. */
final class ParseErrors {
  private ParseErrors() {}

  private static final Pattern AT_LINE = Pattern.compile("\\s*at line (\\d+), column (\\d+)\\.?");
  private static final Pattern ENCOUNTERED = Pattern.compile("^Encountered \"(.*)\" at line \\d+, column \\d+\\.?$");
  private static final Pattern LEXICAL = Pattern.compile("^Lexical error at line \\d+, column \\d+\\.\\s+Encountered: (\"(?:[^\"\\\\]|\\\\.)*\"|<EOF>).*$");

  /**
   * The E004 for a parse of {@code sql} (the text the parser read), its position mapped to the model's
   * file through {@code map}.
   */
  static Diagnostic fromException(String model, String file, String sql, SqlParseException e, SourceMap map) {
    String raw = e.getMessage() == null ? "" : e.getMessage();
    String first = raw.strip();
    int eol = first.indexOf('\n');
    if (eol >= 0) {
      first = first.substring(0, eol).strip();
    }
    int line = 1;
    int col = 1;
    int length = 1;
    SqlParserPos pos = e.getPos();
    if (pos != null && pos.getLineNum() > 0) {
      line = pos.getLineNum();
      col = Math.max(1, pos.getColumnNum());
      if (pos.getEndLineNum() == line && pos.getEndColumnNum() >= col) {
        length = pos.getEndColumnNum() - col + 1;
      }
    } else {
      Matcher m = AT_LINE.matcher(first);
      if (m.find()) {
        line = Integer.parseInt(m.group(1));
        col = Integer.parseInt(m.group(2));
      }
    }
    String message = clean(first);
    Matcher enc = ENCOUNTERED.matcher(first);
    if (enc.matches()) {
      // Calcite points at the first token of the lookahead that failed ("> )"); the culprit is its last.
      String[] tokens = unescape(enc.group(1)).split(" ");
      int[] at = lastToken(sql, line, col, tokens);
      if (at != null) {
        line = at[0];
        col = at[1];
        length = tokens[tokens.length - 1].length();
        message = "unexpected \"" + tokens[tokens.length - 1] + "\"";
      }
    }
    int start = map.startCol(line, col);
    int end = map.endCol(line, col + length - 1);
    return new Diagnostic(DiagnosticCode.E004.severity(), DiagnosticCode.E004, "cannot parse SQL: " + message, model,
        SourceSpan.at(file, line, start, Math.max(1, end - start + 1)), suggestion(message));
  }

  /**
   * Walks the source from Calcite's position over the lookahead's tokens; returns the 1-based line and
   * column of the last one, or null when the text does not line up (or the last token is the end).
   */
  private static int @Nullable [] lastToken(String sql, int line, int col, String[] tokens) {
    if (tokens.length < 2 || tokens[tokens.length - 1].equals("<EOF>")) {
      return null;
    }
    int offset = 0;
    for (int l = 1; l < line; l++) {
      offset = sql.indexOf('\n', offset) + 1;
      if (offset <= 0) {
        return null;
      }
    }
    offset += col - 1;
    for (int i = 0; i < tokens.length; i++) {
      while (offset < sql.length() && Character.isWhitespace(sql.charAt(offset))) {
        offset++;
      }
      if (!sql.regionMatches(true, offset, tokens[i], 0, tokens[i].length())) {
        return null;
      }
      if (i == tokens.length - 1) {
        int lineStart = sql.lastIndexOf('\n', offset - 1) + 1;
        int lineNo = 1;
        for (int k = 0; k < lineStart; k++) {
          if (sql.charAt(k) == '\n') {
            lineNo++;
          }
        }
        return new int[] {lineNo, offset - lineStart + 1};
      }
      offset += tokens[i].length();
    }
    return null;
  }

  static Diagnostic notAQuery(String model, String file, int line, int col, String kind) {
    return new Diagnostic(DiagnosticCode.E004.severity(), DiagnosticCode.E004,
        "cannot parse SQL: a model is one SELECT query, found " + kind, model, SourceSpan.at(file, line, col, 1),
        "write the model as a single SELECT (or WITH ... SELECT) statement");
  }

  /** The first line of Calcite's message, without the position it repeats and without escapes. */
  static String clean(String firstLine) {
    Matcher enc = ENCOUNTERED.matcher(firstLine);
    if (enc.matches()) {
      String image = unescape(enc.group(1));
      return image.contains("<EOF>") ? "unexpected end of SQL" : "unexpected \"" + image + "\"";
    }
    Matcher lex = LEXICAL.matcher(firstLine);
    if (lex.matches()) {
      return "unexpected character " + unescape(lex.group(1));
    }
    String s = AT_LINE.matcher(firstLine).replaceAll("").strip();
    while (s.endsWith(".")) {
      s = s.substring(0, s.length() - 1);
    }
    return s.isEmpty() ? "syntax error" : s;
  }

  private static String unescape(String image) {
    return image.replace("\\'", "'").replace("\\\"", "\"").replace("\\\\", "\\");
  }

  private static @Nullable String suggestion(String message) {
    if (message.startsWith("unexpected \";")) {
      return "a model file holds one query; remove the extra statement";
    }
    if (message.equals("unexpected end of SQL")) {
      return "the query is incomplete (or the file is empty)";
    }
    return null;
  }
}
