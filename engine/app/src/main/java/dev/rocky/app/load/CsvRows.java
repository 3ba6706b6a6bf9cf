package dev.rocky.app.load;

import java.util.ArrayList;
import java.util.List;

/** CSV text as rows of fields, for seeds and loaded files' headers. */
public final class CsvRows {
  private CsvRows() {}

  /** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and newlines. */
  public static List<List<String>> parse(String csv) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int k = 0; k < csv.length(); k++) {
      char c = csv.charAt(k);
      if (quoted) {
        if (c == '"' && k + 1 < csv.length() && csv.charAt(k + 1) == '"') {
          field.append('"');
          k++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && k + 1 < csv.length() && csv.charAt(k + 1) == '\n') {
          k++;
        }
        row.add(field.toString());
        field.setLength(0);
        if (!(row.size() == 1 && row.get(0).isEmpty())) {
          rows.add(row);
        }
        row = new ArrayList<>();
      } else {
        field.append(c);
      }
    }
    if (field.length() > 0 || !row.isEmpty()) {
      row.add(field.toString());
      rows.add(row);
    }
    return rows;
  }
}
