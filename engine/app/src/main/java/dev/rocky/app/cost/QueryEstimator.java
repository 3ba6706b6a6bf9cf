package dev.rocky.app.cost;

import java.util.Optional;

/**
 * The warehouse's {@code EXPLAIN} of a model's query, for {@code preview cost}: empty when the
 * warehouse cannot explain (no {@code EXPLAIN} capability, a table the query reads not built yet, the
 * warehouse unreachable). It never runs the query.
 */
@FunctionalInterface
public interface QueryEstimator {

  Optional<ExplainEstimate> estimate(String model);

  /** Explains nothing: the preview rests on history alone. */
  QueryEstimator NONE = model -> Optional.empty();
}
