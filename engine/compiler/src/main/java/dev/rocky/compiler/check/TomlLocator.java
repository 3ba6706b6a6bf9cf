package dev.rocky.compiler.check;

import dev.rocky.core.diagnostic.SourceSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds keys, values and array items in a TOML file's text, to point diagnostics at them. It is a
 * locator, not a parser: the loader has already read the file, so this only needs to find where a
 * known key is written ({@code [strategy] time_column}, an inline {@code strategy = { ... }}, a
 * dotted {@code strategy.time_column}, or a key inside the {@code [[columns]]} block of a column).
 */
final class TomlLocator {
  private static final Pattern HEADER =
      Pattern.compile("(?m)^[ \\t]*(\\[\\[?)[ \\t]*([A-Za-z0-9_.\\-\" ]+?)[ \\t]*\\]\\]?[ \\t]*$");

  /** A table's text range; {@code name} is null for the root table. */
  private record Region(@Nullable String name, boolean arrayTable, int start, int end) {}

  /** A quoted string token: offsets of the opening and just past the closing quote. */
  private record Str(int start, int end, String value) {}

  private final String file;
  private final String text;
  private final String masked;
  private final List<Str> strings = new ArrayList<>();
  private final List<Region> regions = new ArrayList<>();

  private TomlLocator(String file, String text) {
    this.file = file;
    this.text = text;
    this.masked = maskStringsAndComments();
    Matcher m = HEADER.matcher(masked);
    int start = 0;
    @Nullable String name = null;
    boolean array = false;
    while (m.find()) {
      regions.add(new Region(name, array, start, m.start()));
      name = m.group(2).replace("\"", "").replace(" ", "");
      array = m.group(1).length() == 2;
      start = m.end();
    }
    regions.add(new Region(name, array, start, text.length()));
  }

  static TomlLocator of(String file, String text) {
    return new TomlLocator(file, text);
  }

  /** The span of the value of {@code table.key} (the whole quoted string or array). */
  Optional<SourceSpan> value(@Nullable String table, String key) {
    return keyOffset(table, key).map(k -> {
      int start = valueStart(k);
      return span(start, valueEnd(start) - start);
    });
  }

  /** The span of the quoted item equal to {@code item} in the array value of {@code table.key}. */
  Optional<SourceSpan> arrayItem(@Nullable String table, String key, String item) {
    Optional<Integer> k = keyOffset(table, key);
    if (k.isEmpty()) {
      return Optional.empty();
    }
    int start = valueStart(k.get());
    int end = valueEnd(start);
    return stringIn(start, end, item).map(s -> span(s.start(), s.end() - s.start()));
  }

  /**
   * The span of {@code key}'s value in the {@code [[arrayTable]]} block whose {@code name} is
   * {@code name}; without {@code key} (null) or when the key is not written, the name's value.
   */
  Optional<SourceSpan> inNamedBlock(String arrayTable, String name, @Nullable String key) {
    for (Region r : regions) {
      if (!r.arrayTable() || !arrayTable.equals(r.name())) {
        continue;
      }
      Optional<Integer> nameKey = find(r.start(), r.end(), "name");
      if (nameKey.isEmpty()) {
        continue;
      }
      int vs = valueStart(nameKey.get());
      Optional<Str> value = stringIn(vs, valueEnd(vs), name);
      if (value.isEmpty()) {
        continue;
      }
      Optional<Integer> wanted = key == null ? Optional.empty() : find(r.start(), r.end(), key);
      if (wanted.isPresent()) {
        int start = valueStart(wanted.get());
        return Optional.of(span(start, valueEnd(start) - start));
      }
      return Optional.of(span(value.get().start(), value.get().end() - value.get().start()));
    }
    // Inline arrays of tables: point at the name wherever it is quoted.
    return stringIn(0, text.length(), name).map(s -> span(s.start(), s.end() - s.start()));
  }

  /** A span from an offset, for callers that located something themselves. */
  SourceSpan span(int offset, int length) {
    return Positions.span(file, text, offset, length);
  }

  private Optional<Integer> keyOffset(@Nullable String table, String key) {
    for (Region r : regions) {
      if (!r.arrayTable() && equalsNullable(table, r.name())) {
        Optional<Integer> at = find(r.start(), r.end(), key);
        if (at.isPresent()) {
          return at;
        }
      }
    }
    if (table == null) {
      return Optional.empty();
    }
    Region root = regions.getFirst();
    Optional<Integer> dotted = find(root.start(), root.end(), table + "." + key);
    if (dotted.isPresent()) {
      return Optional.of(dotted.get() + table.length() + 1);
    }
    Optional<Integer> inline = find(root.start(), root.end(), table);
    if (inline.isPresent()) {
      int open = valueStart(inline.get());
      if (open < masked.length() && masked.charAt(open) == '{') {
        return find(open + 1, valueEnd(open), key);
      }
    }
    return Optional.empty();
  }

  /** The offset of {@code key} written as a key ({@code key =}) within [from, to). */
  private Optional<Integer> find(int from, int to, String key) {
    Matcher m = Pattern.compile("(?<![^\\s{,])" + Pattern.quote(key) + "[ \\t]*=")
        .matcher(masked)
        .region(from, to);
    return m.find() ? Optional.of(m.start()) : Optional.empty();
  }

  private int valueStart(int keyOffset) {
    int i = masked.indexOf('=', keyOffset) + 1;
    while (i < masked.length() && (masked.charAt(i) == ' ' || masked.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  private int valueEnd(int start) {
    if (start >= masked.length()) {
      return start;
    }
    char c = masked.charAt(start);
    if (c == '"' || c == '\'') {
      for (Str s : strings) {
        if (s.start() == start) {
          return s.end();
        }
      }
    }
    if (c == '[' || c == '{') {
      char close = c == '[' ? ']' : '}';
      int depth = 0;
      for (int i = start; i < masked.length(); i++) {
        char d = masked.charAt(i);
        if (d == c) {
          depth++;
        } else if (d == close && --depth == 0) {
          return i + 1;
        }
      }
      return masked.length();
    }
    int i = start;
    while (i < masked.length() && " \t\r\n,}#".indexOf(masked.charAt(i)) < 0) {
      i++;
    }
    return Math.max(i, start + 1);
  }

  private Optional<Str> stringIn(int from, int to, String value) {
    Str loose = null;
    for (Str s : strings) {
      if (s.start() >= from && s.end() <= to) {
        if (s.value().equals(value)) {
          return Optional.of(s);
        }
        if (loose == null && s.value().equalsIgnoreCase(value)) {
          loose = s;
        }
      }
    }
    return Optional.ofNullable(loose);
  }

  private static boolean equalsNullable(@Nullable String a, @Nullable String b) {
    return a == null ? b == null : a.equals(b);
  }

  /** Blanks comments and string insides (keeping the quotes) and records the string tokens. */
  private String maskStringsAndComments() {
    char[] out = text.toCharArray();
    int i = 0;
    while (i < out.length) {
      char c = text.charAt(i);
      if (c == '#') {
        while (i < out.length && text.charAt(i) != '\n') {
          out[i++] = ' ';
        }
      } else if (c == '"' || c == '\'') {
        boolean triple = text.startsWith(String.valueOf(c).repeat(3), i);
        int quoteLength = triple ? 3 : 1;
        int end = closing(i + quoteLength, c, triple);
        int contentEnd = Math.max(i + quoteLength, end - quoteLength);
        strings.add(new Str(i, end, text.substring(i + quoteLength, contentEnd)));
        for (int k = i + quoteLength; k < contentEnd; k++) {
          if (out[k] != '\n') {
            out[k] = ' ';
          }
        }
        i = end;
      } else {
        i++;
      }
    }
    return new String(out);
  }

  private int closing(int from, char quote, boolean triple) {
    int i = from;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\\' && quote == '"') {
        i += 2;
        continue;
      }
      if (!triple && c == '\n') {
        return i;
      }
      if (c == quote && (!triple || text.startsWith(String.valueOf(quote).repeat(3), i))) {
        return i + (triple ? 3 : 1);
      }
      i++;
    }
    return text.length();
  }
}
