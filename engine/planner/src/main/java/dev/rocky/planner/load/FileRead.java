package dev.rocky.planner.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One file to read: its absolute path, format, and for CSV the column names of its header and any
 * column types that override inference ({@code SQLTYPE} text, as a seed sidecar's {@code [column_types]}).
 *
 * @param header the CSV header's names, in order (empty for other formats)
 */
public record FileRead(String path, FileFormat format, List<String> header, Map<String, String> columnTypes) {
  public FileRead {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(format, "format");
    header = List.copyOf(header);
    columnTypes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columnTypes));
  }

  public static FileRead of(String path, FileFormat format) {
    return new FileRead(path, format, List.of(), Map.of());
  }
}
