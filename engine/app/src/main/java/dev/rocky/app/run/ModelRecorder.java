package dev.rocky.app.run;

import dev.rocky.app.execute.ExecuteRequest;
import dev.rocky.app.execute.ModelResult;
import java.util.function.Supplier;

/**
 * Wraps each model's execution to record what it was built from (its inputs before, its output
 * after); see {@code dev.rocky.app.replay.ProvenanceRecorder}. Called on the model's worker thread,
 * for models of one layer at once. A recorder never fails a model: what it cannot record it leaves out.
 */
@FunctionalInterface
public interface ModelRecorder {
  /** Records nothing. */
  ModelRecorder NONE = (request, execution) -> execution.get();

  /** Runs {@code execution} and returns its result, with the recorded identity attached. */
  ModelResult record(ExecuteRequest request, Supplier<ModelResult> execution);

  /**
   * Every model of a layer has run: makes what was recorded for them durable, once for the layer
   * rather than once per record.
   */
  default void layerFinished() {}
}
