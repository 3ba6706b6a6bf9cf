package dev.rocky.app.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The column names on a CSV file's first line ({@code ,}-separated, {@code "}-quoted, a leading BOM ignored). */
final class CsvHeader {
  private CsvHeader() {}

  static List<String> read(Path file) throws IOException {
    String line;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      line = in.readLine();
    }
    if (line == null) {
      return List.of();
    }
    if (line.startsWith("\uFEFF")) {
      line = line.substring(1);
    }
    return split(line);
  }

  static List<String> split(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(field.toString().strip());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    out.add(field.toString().strip());
    return out;
  }
}
