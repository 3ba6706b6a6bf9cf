package dev.rocky.catalog.data;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A column of a model or a source: its type as Rocky displays it ({@code INT64},
 * {@code DECIMAL(10,2)}, {@code ?} when unknown), nullability, description, and its classification
 * tag and masking strategy when it has them.
 */
public record ColumnData(
    String name, String type, boolean nullable, @Nullable String description, @Nullable String classification,
    @Nullable String masking) {

  public ColumnData {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }

  /** A plain column: no description, no classification. */
  public static ColumnData of(String name, String type, boolean nullable) {
    return new ColumnData(name, type, nullable, null, null, null);
  }
}
