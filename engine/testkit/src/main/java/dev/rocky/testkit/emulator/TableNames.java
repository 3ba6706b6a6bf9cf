package dev.rocky.testkit.emulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dotted table references in (already translated) SQL text, and their normal keys. */
public final class TableNames {
  public static final String PART = "(?:\"(?:[^\"]|\"\")*\"|[A-Za-z_][A-Za-z0-9_]*)";
  public static final String REFERENCE = PART + "(?:\\s*\\.\\s*" + PART + "){0,2}";
  private static final Pattern PARTS = Pattern.compile(PART);

  private TableNames() {}

  /** {@code catalog.schema.table} in lower case, filling the missing parts with the defaults. */
  public static String key(String reference, String catalog, String schema) {
    List<String> parts = new ArrayList<>();
    Matcher m = PARTS.matcher(reference);
    while (m.find()) {
      String p = m.group();
      parts.add((p.startsWith("\"") ? p.substring(1, p.length() - 1).replace("\"\"", "\"") : p).toLowerCase(Locale.ROOT));
    }
    while (parts.size() < 3) {
      parts.addFirst(parts.size() == 2 ? catalog : schema);
    }
    return String.join(".", parts);
  }

  public static String quoted(String key) {
    StringBuilder out = new StringBuilder();
    for (String part : key.split("\\.")) {
      out.append(out.isEmpty() ? "" : ".").append('"').append(part).append('"');
    }
    return out.toString();
  }

  public static String lastPart(String key) {
    return key.substring(key.lastIndexOf('.') + 1);
  }
}
