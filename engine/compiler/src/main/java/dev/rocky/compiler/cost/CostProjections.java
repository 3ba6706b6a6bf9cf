package dev.rocky.compiler.cost;

import java.util.Optional;

/** Where the compiler finds what a model is expected to cost; asked only for models with a budget. */
@FunctionalInterface
public interface CostProjections {

  /** The projection for {@code model}, or empty when nothing is known about its cost. */
  Optional<ProjectedCost> of(String model);

  /** No history: no model is projected, so E027 never fires. */
  CostProjections NONE = model -> Optional.empty();
}
