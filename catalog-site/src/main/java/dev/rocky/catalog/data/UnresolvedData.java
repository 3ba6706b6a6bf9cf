package dev.rocky.catalog.data;

import java.util.Objects;

/** A column of a model whose lineage is not known ({@code *} for a star that could not be expanded), with why. */
public record UnresolvedData(String column, String reason) {

  public UnresolvedData {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(reason, "reason");
  }
}
