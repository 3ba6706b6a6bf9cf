package dev.rocky.catalog.data;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A declared source table: its qualified name, the file that declares it and its columns. */
public record SourceData(String name, @Nullable String file, List<ColumnData> columns) {

  public SourceData {
    Objects.requireNonNull(name, "name");
    columns = List.copyOf(columns);
  }
}
