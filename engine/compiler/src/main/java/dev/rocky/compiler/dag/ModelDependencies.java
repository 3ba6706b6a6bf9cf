package dev.rocky.compiler.dag;

import dev.rocky.core.diagnostic.SourceSpan;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What one model depends on: the explicit {@code depends_on} of its sidecar and the models its
 * SQL references (already resolved to model names). {@code span} points at the depends_on key,
 * for D011.
 */
public record ModelDependencies(String model, List<String> explicit, List<String> fromSql, @Nullable SourceSpan span) {
  public ModelDependencies {
    Objects.requireNonNull(model, "model");
    explicit = List.copyOf(explicit);
    fromSql = List.copyOf(fromSql);
  }
}
