package dev.rocky.app.run;

import dev.rocky.app.execute.ModelResult;
import java.util.List;

/** Forwards events to a listener and drops whatever it throws. */
final class GuardedListener implements RunListener {
  private final RunListener delegate;

  GuardedListener(RunListener delegate) {
    this.delegate = delegate;
  }

  @Override
  public void runStarted(String runId, List<List<String>> layers) {
    guard(() -> delegate.runStarted(runId, layers));
  }

  @Override
  public void modelStarted(int layer, String model) {
    guard(() -> delegate.modelStarted(layer, model));
  }

  @Override
  public void modelFinished(int layer, ModelResult result) {
    guard(() -> delegate.modelFinished(layer, result));
  }

  @Override
  public void modelFailed(int layer, ModelResult result) {
    guard(() -> delegate.modelFailed(layer, result));
  }

  @Override
  public void modelSkipped(int layer, String model, String reason) {
    guard(() -> delegate.modelSkipped(layer, model, reason));
  }

  @Override
  public void layerFinished(int layer, int layers) {
    guard(() -> delegate.layerFinished(layer, layers));
  }

  @Override
  public void runFinished(RunOutput output) {
    guard(() -> delegate.runFinished(output));
  }

  private static void guard(Runnable event) {
    try {
      event.run();
    } catch (RuntimeException e) {
      // A broken progress display must not break the run.
    }
  }
}
