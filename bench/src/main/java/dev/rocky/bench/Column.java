package dev.rocky.bench;

/** An output column of a generated model or raw table, with the type DuckDB gives it. */
public record Column(String name, ColumnType type, boolean nullable) {

  public static Column of(String name, ColumnType type) {
    return new Column(name, type, true);
  }

  public Column renamed(String newName) {
    return new Column(newName, type, nullable);
  }
}
