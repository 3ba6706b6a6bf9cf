package dev.rocky.fn.run;

import dev.rocky.core.port.ArtifactStore;
import dev.rocky.core.port.StateStore;
import java.time.Clock;

/** Each {@link RunStep} to the class that does it; one plan cache for all of them. */
public final class RunSteps {
  private final RunOpener opener;
  private final BatchPlanner batches;
  private final FailureRecorder failures;
  private final RunCloser closer;

  public RunSteps(StateStore state, ArtifactStore artifacts, Clock clock) {
    Plans plans = new Plans(artifacts);
    this.opener = new RunOpener(state, plans, clock);
    this.batches = new BatchPlanner(state, plans, clock);
    this.failures = new FailureRecorder(state, plans, clock);
    this.closer = new RunCloser(state, plans, clock);
  }

  public RunAnswer run(RunStep step) {
    return switch (step) {
      case RunStep.Start start -> opener.start(start);
      case RunStep.Batch batch -> batches.plan(batch);
      case RunStep.ModelFailed failed -> failures.record(failed);
      case RunStep.Finish finish -> closer.finish(finish);
      case RunStep.Abort abort -> closer.abort(abort);
    };
  }
}
