package dev.rocky.compiler.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rocky.core.project.SourceTable;
import dev.rocky.core.types.RockyType;
import dev.rocky.core.types.TypedColumn;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@code sources/*.toml} of the usual shape ({@code [[table]]} headers, each with a schema, a
 * name, an optional catalog and {@code columns = [{name, type, nullable}]}) straight from the parsed
 * tree, without Jackson data binding (a deep copy and a bean mapping per table cost about 0.3 s for
 * 3000 tables in a cold JVM). Anything unusual (another key, a wrong value type, an unknown column
 * type, a header that is not {@code [[table]]}) returns null, and {@link SourcesLoader} binds the
 * file strictly and reports what is wrong; both give the same tables for a well-formed file.
 */
final class FastSources {
  private FastSources() {}

  static @Nullable List<SourceTable> tables(TomlDocument doc, Map<String, Optional<RockyType>> types) {
    ObjectNode root = doc.root();
    if (root.size() != 1 || !(root.get("table") instanceof ArrayNode tables)) {
      return null;
    }
    int[] lines = headerLines(doc.rawText(), tables.size());
    if (lines == null) {
      return null;
    }
    List<SourceTable> out = new ArrayList<>(tables.size());
    for (int t = 0; t < tables.size(); t++) {
      SourceTable table = table(tables.get(t), doc.file(), lines[t], types);
      if (table == null) {
        return null;
      }
      out.add(table);
    }
    return out;
  }

  private static @Nullable SourceTable table(JsonNode node, String file, int line,
      Map<String, Optional<RockyType>> types) {
    if (!(node instanceof ObjectNode table)) {
      return null;
    }
    String catalog = null;
    String schema = null;
    String name = null;
    ArrayNode columns = null;
    for (Iterator<Map.Entry<String, JsonNode>> it = table.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      JsonNode v = f.getValue();
      switch (f.getKey()) {
        case "catalog" -> catalog = v.isTextual() ? v.textValue() : null;
        case "schema" -> schema = v.isTextual() ? v.textValue() : null;
        case "name" -> name = v.isTextual() ? v.textValue() : null;
        case "columns" -> columns = v instanceof ArrayNode a ? a : null;
        default -> {
          return null;
        }
      }
      if ((f.getKey().equals("catalog") && catalog == null) || (f.getKey().equals("columns") && columns == null)) {
        return null;
      }
    }
    if (schema == null || name == null || columns == null) {
      return null;
    }
    List<TypedColumn> cols = new ArrayList<>(columns.size());
    for (JsonNode c : columns) {
      TypedColumn col = column(c, types);
      if (col == null) {
        return null;
      }
      cols.add(col);
    }
    return new SourceTable(catalog, schema, name, cols, file, line);
  }

  private static @Nullable TypedColumn column(JsonNode node, Map<String, Optional<RockyType>> types) {
    if (!(node instanceof ObjectNode column)) {
      return null;
    }
    String name = null;
    String type = null;
    boolean nullable = true;
    for (Iterator<Map.Entry<String, JsonNode>> it = column.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      JsonNode v = f.getValue();
      switch (f.getKey()) {
        case "name" -> name = v.isTextual() ? v.textValue() : null;
        case "type" -> type = v.isTextual() ? v.textValue() : null;
        case "nullable" -> {
          if (!v.isBoolean()) {
            return null;
          }
          nullable = v.booleanValue();
        }
        default -> {
          return null;
        }
      }
    }
    if (name == null || type == null) {
      return null;
    }
    Optional<RockyType> t = SourcesLoader.known(types, type);
    return t.isPresent() ? new TypedColumn(name, t.get(), nullable) : null;
  }

  /**
   * The 1-based line of each {@code [[table]]} header, when the text has exactly {@code expected}
   * of them and no other header or multi-line string; else null.
   */
  private static int @Nullable [] headerLines(String text, int expected) {
    if (text.contains("\"\"\"") || text.contains("'''")) {
      return null;
    }
    int[] lines = new int[expected];
    int found = 0;
    int line = 1;
    int n = text.length();
    int i = 0;
    while (i < n) {
      int start = i;
      while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
        i++;
      }
      if (i < n && text.charAt(i) == '[') {
        if (!isTableHeader(text, i) || found == expected) {
          return null;
        }
        lines[found++] = line;
      }
      int eol = text.indexOf('\n', start);
      if (eol < 0) {
        break;
      }
      i = eol + 1;
      line++;
    }
    return found == expected ? lines : null;
  }

  /** Whether a {@code [[table]]} header (with optional spaces and a trailing comment) starts at {@code i}. */
  private static boolean isTableHeader(String text, int i) {
    if (!text.startsWith("[[", i)) {
      return false;
    }
    int j = i + 2;
    while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
      j++;
    }
    if (!text.startsWith("table", j)) {
      return false;
    }
    j += 5;
    while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
      j++;
    }
    if (!text.startsWith("]]", j)) {
      return false;
    }
    j += 2;
    while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) {
      j++;
    }
    return j >= text.length() || text.charAt(j) == '\n' || text.charAt(j) == '#';
  }
}
