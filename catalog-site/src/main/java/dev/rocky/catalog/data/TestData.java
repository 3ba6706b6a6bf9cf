package dev.rocky.catalog.data;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A declared data test of a model ({@code [[tests]]}): its type, its column if it has one, and its
 * last result ({@code pass}, {@code fail}, ...) when a run recorded one.
 */
public record TestData(String type, @Nullable String column, String detail, @Nullable String lastResult) {

  public TestData {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(detail, "detail");
  }
}
