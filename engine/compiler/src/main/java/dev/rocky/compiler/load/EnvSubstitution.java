package dev.rocky.compiler.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rocky's {@code ${VAR}} and {@code ${VAR:-default}} substitution on raw text, before TOML
 * parsing. {@code ${VAR:-default}} takes the default when VAR is unset or empty; an unset
 * {@code ${VAR}} is reported and left in place so the rest of the file still parses. Lines whose
 * first non-blank character is {@code #} are comments and left alone.
 */
final class EnvSubstitution {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");

  private EnvSubstitution() {}

  /** The text after substitution, and the unset variables with their 1-based positions. */
  record Result(String text, List<Missing> missing) {}

  /** An unset {@code ${name}} at {@code line}:{@code col}; {@code length} covers the placeholder. */
  record Missing(String name, int line, int col, int length) {}

  static Result apply(String text, Map<String, String> env) {
    StringBuilder out = new StringBuilder(text.length());
    List<Missing> missing = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(text);
    int last = 0;
    int line = 1;
    int counted = 0;
    while (m.find()) {
      for (; counted < m.start(); counted++) {
        if (text.charAt(counted) == '\n') {
          line++;
        }
      }
      int lineStart = text.lastIndexOf('\n', m.start() - 1) + 1;
      out.append(text, last, m.start());
      last = m.end();
      if (commentLine(text, lineStart)) {
        out.append(m.group());
        continue;
      }
      String expr = m.group(1);
      int sep = expr.indexOf(":-");
      if (sep >= 0) {
        String value = env.get(expr.substring(0, sep));
        out.append(value == null || value.isEmpty() ? expr.substring(sep + 2) : value);
      } else if (env.containsKey(expr)) {
        out.append(env.get(expr));
      } else {
        missing.add(new Missing(expr, line, m.start() - lineStart + 1, m.group().length()));
        out.append(m.group());
      }
    }
    out.append(text, last, text.length());
    return new Result(out.toString(), List.copyOf(missing));
  }

  private static boolean commentLine(String text, int lineStart) {
    for (int i = lineStart; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '#') {
        return true;
      }
      if (c == '\n' || !Character.isWhitespace(c)) {
        return false;
      }
    }
    return false;
  }
}
