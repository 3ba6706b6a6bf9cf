package dev.rocky.bench;

import java.util.List;

/**
 * Renders {@code data/seed.sql}: creates schema {@code raw} and every raw table with a handful of
 * rows, so that the project runs on DuckDB. Keys are {@code 1..ROWS} in every table, so joins
 * match; a tenth of the nullable values are NULL.
 */
final class SeedSql {
  static final int ROWS = 5;

  private static final List<String> NAMES = List.of("'  alice '", "'Bob'", "'carol  '", "'Dave'", "'erin'", "' Frank'");
  private static final List<String> CATEGORIES = List.of("'books'", "'games'", "'garden'", "'tools'", "'toys'");
  private static final List<String> STATUSES = List.of("'active'", "'Pending'", "'deleted'", "'shipped'", "'ACTIVE'");
  private static final List<String> WORDS = List.of("'north'", "'south'", "'EUR'", "'USD'", "'web'", "'store'", "'DE'", "'FR'");

  private SeedSql() {}

  static String render(List<RawTable> tables, Dice dice) {
    StringBuilder sb = new StringBuilder(tables.size() * 1200);
    sb.append("-- Raw input tables of the generated project (see sources/raw.toml).\n");
    sb.append("CREATE SCHEMA IF NOT EXISTS ").append(RawTable.SCHEMA).append(";\n");
    for (RawTable table : tables) {
      sb.append("\nCREATE TABLE ").append(table.qualifiedName()).append(" (\n");
      List<Column> columns = table.columns();
      for (int i = 0; i < columns.size(); i++) {
        Column c = columns.get(i);
        sb.append("    ").append(c.name()).append(' ').append(c.type().sql());
        sb.append(c.nullable() ? "" : " NOT NULL").append(i + 1 < columns.size() ? ",\n" : "\n");
      }
      sb.append(");\nINSERT INTO ").append(table.qualifiedName()).append(" VALUES\n");
      for (int row = 1; row <= ROWS; row++) {
        sb.append("    (");
        for (int i = 0; i < columns.size(); i++) {
          sb.append(i == 0 ? "" : ", ").append(value(columns.get(i), row, dice));
        }
        sb.append(row < ROWS ? "),\n" : ");\n");
      }
    }
    return sb.toString();
  }

  private static String value(Column c, int row, Dice dice) {
    if (c.name().equals("id")) {
      return Integer.toString(row);
    }
    if (c.nullable() && dice.chance(0.1)) {
      return "NULL";
    }
    String name = c.name();
    return switch (c.type().family()) {
      case INTEGER -> name.endsWith("_id") ? Integer.toString(dice.between(1, ROWS))
          : name.equals("status_code") ? Integer.toString(dice.between(0, 3))
          : Integer.toString(dice.between(0, 100));
      case DECIMAL -> dice.between(0, 999) + "." + pad(dice.between(0, 99), 2);
      case FLOAT -> dice.between(0, 999) + "." + pad(dice.between(0, 999), 3);
      case STRING -> name.endsWith("name") ? dice.pick(NAMES)
          : name.equals("category") ? dice.pick(CATEGORIES)
          : name.equals("status") ? dice.pick(STATUSES)
          : dice.pick(WORDS);
      case TIMESTAMP -> "TIMESTAMP '2024-" + pad(dice.between(1, 12), 2) + "-" + pad(dice.between(1, 28), 2)
          + " " + pad(dice.between(0, 23), 2) + ":" + pad(dice.between(0, 59), 2) + ":00'";
      case DATE -> "DATE '2024-" + pad(dice.between(1, 12), 2) + "-" + pad(dice.between(1, 28), 2) + "'";
      case BOOLEAN -> dice.chance(0.5) ? "true" : "false";
    };
  }

  private static String pad(int value, int width) {
    String s = Integer.toString(value);
    return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
  }
}
