package dev.rocky.bench;

import java.util.ArrayList;
import java.util.List;

/** A SELECT list under construction: the SQL of each item next to the column it produces. */
final class SelectList {
  private final List<String> items = new ArrayList<>();
  private final List<Column> columns = new ArrayList<>();

  /** Adds {@code expression AS column.name}, or the bare expression when it already is the name. */
  SelectList add(String expression, Column column) {
    boolean bare = expression.equals(column.name()) || expression.endsWith("." + column.name());
    items.add(bare ? expression : expression + " AS " + column.name());
    columns.add(column);
    return this;
  }

  /** Adds an item whose columns are already known, such as {@code *}. */
  SelectList addAll(String expression, List<Column> produced) {
    items.add(expression);
    columns.addAll(produced);
    return this;
  }

  List<Column> columns() {
    return List.copyOf(columns);
  }

  /** The items, one per line at the given indentation, comma-separated. */
  String render(String indent) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < items.size(); i++) {
      sb.append(indent).append(items.get(i)).append(i + 1 < items.size() ? ",\n" : "\n");
    }
    return sb.toString();
  }
}
