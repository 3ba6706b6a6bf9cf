package dev.rocky.app.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
    List<List<String>> rows = CsvRows.parse(line);
    return rows.isEmpty() ? List.of("") : rows.get(0).stream().map(String::strip).toList();
  }
}
