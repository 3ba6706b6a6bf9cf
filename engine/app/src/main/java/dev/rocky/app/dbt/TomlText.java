package dev.rocky.app.dbt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Writes TOML by hand: key/value lines, tables, arrays of tables and inline values, in the order given. */
public final class TomlText {
  private static final Pattern BARE_KEY = Pattern.compile("[A-Za-z0-9_-]+");

  private final StringBuilder out = new StringBuilder();

  public TomlText comment(String text) {
    for (String line : text.split("\n", -1)) {
      out.append(line.isEmpty() ? "#" : "# " + line).append('\n');
    }
    return this;
  }

  public TomlText blank() {
    if (out.length() > 0 && !out.toString().endsWith("\n\n")) {
      out.append('\n');
    }
    return this;
  }

  /** {@code key = value}; nothing when the value is null. */
  public TomlText put(String key, @Nullable Object value) {
    if (value != null) {
      out.append(key(key)).append(" = ").append(value(value)).append('\n');
    }
    return this;
  }

  public TomlText table(String name) {
    blank();
    out.append('[').append(name).append("]\n");
    return this;
  }

  public TomlText arrayTable(String name) {
    blank();
    out.append("[[").append(name).append("]]\n");
    return this;
  }

  /** Every entry of {@code map} as {@code key = value}. */
  public TomlText putAll(Map<String, ?> map) {
    map.forEach(this::put);
    return this;
  }

  /** An array of inline tables, one per line. */
  public TomlText putRows(String key, List<Map<String, Object>> rows) {
    if (rows.isEmpty()) {
      return put(key, List.of());
    }
    out.append(key(key)).append(" = [\n");
    for (Map<String, Object> row : rows) {
      out.append("  ").append(value(row)).append(",\n");
    }
    out.append("]\n");
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }

  public static String key(String key) {
    return BARE_KEY.matcher(key).matches() ? key : quote(key);
  }

  public static String value(@Nullable Object v) {
    return switch (v) {
      case null -> "\"\"";
      case String s -> quote(s);
      case Boolean b -> b.toString();
      case Integer i -> i.toString();
      case Long l -> l.toString();
      case Double d -> d.isNaN() || d.isInfinite() ? quote(d.toString()) : d.toString();
      case Number n -> n.toString();
      case Map<?, ?> m -> {
        List<String> parts = new ArrayList<>();
        m.forEach((k, x) -> {
          if (x != null) {
            parts.add(key(String.valueOf(k)) + " = " + value(x));
          }
        });
        yield parts.isEmpty() ? "{}" : "{ " + String.join(", ", parts) + " }";
      }
      case List<?> l -> {
        List<String> parts = new ArrayList<>();
        l.forEach(x -> parts.add(value(x)));
        yield "[" + String.join(", ", parts) + "]";
      }
      default -> quote(String.valueOf(v));
    };
  }

  public static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        case '\r' -> b.append("\\r");
        default -> b.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
      }
    }
    return b.append('"').toString();
  }
}
