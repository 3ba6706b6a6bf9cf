package dev.rocky.app.dbt;

import dev.rocky.app.load.CsvRows;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Column types of a CSV seed, inferred from its values the way a loader would: BIGINT, DOUBLE,
 * BOOLEAN, DATE, TIMESTAMP, else VARCHAR. Empty cells are NULL and do not vote.
 */
final class SeedTypes {
  private static final Pattern INTEGER = Pattern.compile("-?\\d+");
  private static final Pattern DECIMAL = Pattern.compile("-?(\\d+\\.\\d*|\\.\\d+|\\d+)([eE][-+]?\\d+)?");
  private static final Pattern BOOLEAN = Pattern.compile("(?i)true|false");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?");

  private SeedTypes() {}

  /** Column name to SQL type, in header order. */
  static Map<String, String> infer(String csv) {
    List<List<String>> rows = CsvRows.parse(csv);
    Map<String, String> out = new LinkedHashMap<>();
    if (rows.isEmpty()) {
      return out;
    }
    List<String> header = rows.get(0);
    for (int c = 0; c < header.size(); c++) {
      List<String> values = new ArrayList<>();
      for (List<String> row : rows.subList(1, rows.size())) {
        if (c < row.size() && !row.get(c).isEmpty()) {
          values.add(row.get(c));
        }
      }
      out.put(header.get(c).strip(), type(values));
    }
    return out;
  }

  private static String type(List<String> values) {
    if (values.isEmpty()) {
      return "VARCHAR";
    }
    if (all(values, INTEGER)) {
      return "BIGINT";
    }
    if (all(values, DECIMAL)) {
      return "DOUBLE";
    }
    if (all(values, BOOLEAN)) {
      return "BOOLEAN";
    }
    if (all(values, DATE)) {
      return "DATE";
    }
    if (all(values, TIMESTAMP)) {
      return "TIMESTAMP";
    }
    return "VARCHAR";
  }

  private static boolean all(List<String> values, Pattern p) {
    return values.stream().allMatch(v -> p.matcher(v.strip()).matches());
  }
}
