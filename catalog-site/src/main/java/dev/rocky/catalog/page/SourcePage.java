package dev.rocky.catalog.page;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The page of a declared source: its columns, each with the model columns that read it, and its readers. */
public record SourcePage(Layout layout, String name, @Nullable String file, List<ModelPage.ColumnRow> columns,
    List<Link> readers, String graphScript) {

  public boolean hasReaders() {
    return !readers.isEmpty();
  }
}
