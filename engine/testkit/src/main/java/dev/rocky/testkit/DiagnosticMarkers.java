package dev.rocky.testkit;

import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.diagnostic.DiagnosticCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.opentest4j.AssertionFailedError;

/**
 * Inline expected-diagnostic markers in fixture SQL, in the style of Error Prone's {@code BUG:}
 * comments. A line that ends with {@code -- DIAG: E003} expects exactly that code on that line;
 * several codes may be listed ({@code -- DIAG: E003, W001}), and {@code E003@12} also pins the 1-based
 * column. Lines without a marker must produce no diagnostic at all.
 */
public final class DiagnosticMarkers {
  private static final String PREFIX = "-- DIAG:";

  private DiagnosticMarkers() {}

  /** One expected diagnostic: code on a 1-based line, and the column when pinned (0 = any column). */
  public record Marker(int line, DiagnosticCode code, int col) {
    public Marker {
      Objects.requireNonNull(code, "code");
    }

    @Override
    public String toString() {
      return code.code() + " at line " + line + (col > 0 ? ", col " + col : "");
    }
  }

  /** Parses the markers of a SQL text; throws IllegalArgumentException for a malformed marker. */
  public static List<Marker> parse(String sql) {
    List<Marker> out = new ArrayList<>();
    String[] lines = sql.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      int at = lines[i].indexOf(PREFIX);
      if (at < 0) {
        continue;
      }
      String rest = lines[i].substring(at + PREFIX.length()).trim();
      if (rest.isEmpty()) {
        throw new IllegalArgumentException("line " + (i + 1) + ": empty DIAG marker");
      }
      for (String token : rest.split("[,\\s]+")) {
        out.add(marker(token, i + 1));
      }
    }
    return out;
  }

  private static Marker marker(String token, int line) {
    int at = token.indexOf('@');
    String code = at < 0 ? token : token.substring(0, at);
    int col = 0;
    try {
      if (at >= 0) {
        col = Integer.parseInt(token.substring(at + 1));
      }
      return new Marker(line, DiagnosticCode.valueOf(code), col);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("line " + line + ": bad DIAG marker `" + token + "`", e);
    }
  }

  /**
   * What differs between the markers and the diagnostics: expected ones that did not occur and
   * diagnostics nobody expected. Empty when they match exactly.
   */
  public static List<String> mismatches(List<Marker> expected, List<Diagnostic> actual) {
    List<Diagnostic> remaining = new ArrayList<>(actual);
    List<String> problems = new ArrayList<>();
    for (Marker m : expected) {
      Diagnostic match = null;
      for (Diagnostic d : remaining) {
        if (d.code() == m.code() && line(d) == m.line() && (m.col() == 0 || col(d) == m.col())) {
          match = d;
          break;
        }
      }
      if (match == null) {
        problems.add("missing " + m);
      } else {
        remaining.remove(match);
      }
    }
    for (Diagnostic d : remaining) {
      problems.add("unexpected " + d.code().code() + " at line " + line(d) + ", col " + col(d) + ": " + d.message());
    }
    return problems;
  }

  /** Asserts that {@code actual} matches the markers of {@code sql} exactly. */
  public static void assertMatches(String file, String sql, List<Diagnostic> actual) {
    List<String> problems = mismatches(parse(sql), actual);
    if (!problems.isEmpty()) {
      throw new AssertionFailedError(file + ": diagnostics do not match the DIAG markers:\n  "
          + String.join("\n  ", problems));
    }
  }

  private static int line(Diagnostic d) {
    return d.span() == null ? 0 : d.span().line();
  }

  private static int col(Diagnostic d) {
    return d.span() == null ? 0 : d.span().col();
  }
}
