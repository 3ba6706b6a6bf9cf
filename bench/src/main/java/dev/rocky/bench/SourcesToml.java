package dev.rocky.bench;

import java.util.List;

/** Renders {@code sources/raw.toml}: one {@code [[table]]} per raw table, with typed columns. */
final class SourcesToml {
  private SourcesToml() {}

  static String render(List<RawTable> tables) {
    StringBuilder sb = new StringBuilder(tables.size() * 600);
    sb.append("# Raw input tables of the generated project; data/seed.sql creates them in DuckDB.\n");
    for (RawTable table : tables) {
      sb.append("\n[[table]]\nschema = \"").append(RawTable.SCHEMA)
          .append("\"\nname = \"").append(table.name()).append("\"\ncolumns = [\n");
      List<Column> columns = table.columns();
      for (int i = 0; i < columns.size(); i++) {
        Column c = columns.get(i);
        sb.append("  { name = \"").append(c.name()).append("\", type = \"").append(c.type().sql()).append('"');
        if (!c.nullable()) {
          sb.append(", nullable = false");
        }
        sb.append(i + 1 < columns.size() ? " },\n" : " }\n");
      }
      sb.append("]\n");
    }
    return sb.toString();
  }
}
