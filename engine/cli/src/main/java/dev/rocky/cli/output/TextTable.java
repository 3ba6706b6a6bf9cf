package dev.rocky.cli.output;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A plain aligned table: a header row in capitals, then one row per line, columns separated by two
 * spaces, the last column not padded. An empty table prints {@code emptyMessage} instead.
 */
public record TextTable(List<String> headers, List<List<String>> rows, String emptyMessage) implements HumanView {

  public TextTable {
    headers = List.copyOf(headers);
    List<List<String>> copy = new ArrayList<>(rows.size());
    for (List<String> row : rows) {
      if (row.size() != headers.size()) {
        throw new IllegalArgumentException("row has " + row.size() + " cells, table has " + headers.size() + " columns");
      }
      copy.add(List.copyOf(row));
    }
    rows = List.copyOf(copy);
    Objects.requireNonNull(emptyMessage, "emptyMessage");
  }

  public static Builder builder(String... headers) {
    return new Builder(Arrays.asList(headers));
  }

  @Override
  public void render(PrintWriter out) {
    if (rows.isEmpty()) {
      out.println(emptyMessage);
      return;
    }
    int[] widths = new int[headers.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = headers.get(c).length();
      for (List<String> row : rows) {
        widths[c] = Math.max(widths[c], row.get(c).length());
      }
    }
    out.println(line(headers.stream().map(h -> h.toUpperCase(java.util.Locale.ROOT)).toList(), widths));
    for (List<String> row : rows) {
      out.println(line(row, widths));
    }
  }

  private static String line(List<String> cells, int[] widths) {
    StringBuilder sb = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      String cell = cells.get(c);
      sb.append(cell);
      if (c < cells.size() - 1) {
        sb.append(" ".repeat(widths[c] - cell.length() + 2));
      }
    }
    return sb.toString().stripTrailing();
  }

  /** Collects rows; cells that are null print as {@code -}. */
  public static final class Builder {
    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();
    private String emptyMessage = "(none)";

    private Builder(List<String> headers) {
      this.headers = List.copyOf(headers);
    }

    public Builder row(@org.jspecify.annotations.Nullable Object... cells) {
      List<String> row = new ArrayList<>(cells.length);
      for (Object cell : cells) {
        row.add(cell == null ? "-" : cell.toString());
      }
      rows.add(row);
      return this;
    }

    public Builder emptyMessage(String message) {
      this.emptyMessage = message;
      return this;
    }

    public TextTable build() {
      return new TextTable(headers, rows, emptyMessage);
    }
  }
}
