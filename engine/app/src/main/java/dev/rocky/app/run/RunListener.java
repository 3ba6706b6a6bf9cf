package dev.rocky.app.run;

import dev.rocky.app.execute.ModelResult;
import java.util.List;

/**
 * Watches a run as it happens, e.g. to show progress on a terminal. Layers are numbered from 0.
 * {@link #modelStarted} is called on the worker thread that runs the model, every other event on
 * the coordinating thread, so implementations must be thread-safe. A listener that throws is
 * ignored: watching never changes a run's outcome.
 */
public interface RunListener {

  /** Listens to nothing. */
  RunListener NONE = new RunListener() {};

  /** The run took its lease and will run these layers of model names. */
  default void runStarted(String runId, List<List<String>> layers) {}

  default void modelStarted(int layer, String model) {}

  /** A model succeeded; its result is committed. */
  default void modelFinished(int layer, ModelResult result) {}

  /** A model failed; its result is committed and its downstream will be skipped. */
  default void modelFailed(int layer, ModelResult result) {}

  /** A model was not run because an upstream failed. */
  default void modelSkipped(int layer, String model, String reason) {}

  default void layerFinished(int layer, int layers) {}

  /** The run is recorded; {@code output} is what it returns. */
  default void runFinished(RunOutput output) {}
}
