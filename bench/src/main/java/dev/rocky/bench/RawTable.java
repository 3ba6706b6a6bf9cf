package dev.rocky.bench;

import java.util.List;

/** A raw input table {@code raw.<name>}, declared in {@code sources/raw.toml} and created by the seed. */
public record RawTable(String name, List<Column> columns) {

  public static final String SCHEMA = "raw";

  public RawTable {
    columns = List.copyOf(columns);
  }

  public String qualifiedName() {
    return SCHEMA + "." + name;
  }
}
