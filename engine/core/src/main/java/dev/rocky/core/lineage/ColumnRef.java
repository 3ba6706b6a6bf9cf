package dev.rocky.core.lineage;

import java.util.Objects;

/** A column of a model or a source ({@code model} is the model name or the source's qualified name). */
public record ColumnRef(String model, String column) {
  public ColumnRef {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(column, "column");
  }

  @Override
  public String toString() {
    return model + "." + column;
  }
}
