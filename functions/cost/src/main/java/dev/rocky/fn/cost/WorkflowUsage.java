package dev.rocky.fn.cost;

import dev.rocky.app.cost.OrchestrationUsage;
import dev.rocky.core.run.ModelExecution;
import dev.rocky.core.run.ModelStatus;
import dev.rocky.core.run.RunRecord;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a run used of Lambda and Step Functions, as far as the cost function can know it: each model's
 * execute invocation (its recorded duration, retries in process included, times the execute
 * function's memory) and the state transition of its iteration, and, shared by all, the transitions
 * and invocations of the workflow around the models, counted from the structure of
 * {@code run.asl.json} and {@code run-segment.asl.json} on their success path. Time spent in an
 * invocation outside the model (decoding, the plan's read) is not known here and not counted: the
 * figures are a floor.
 *
 * @param executeMemoryMb the execute function's configured memory
 */
public record WorkflowUsage(int executeMemoryMb) {
  /** A model's own transitions: {@code ExecuteModel} in its iteration of {@code ExecuteBatch}. */
  static final int MODEL_TRANSITIONS = 1;
  /**
   * The run's transitions outside its segments: Defaults, Settings, Compile, HasCompileErrors,
   * StartRun, IsDeflected, FirstSegment, FinishRun, PostRun, Cost, Govern, PublishCatalog, Outcome
   * and the final state.
   */
  static final int RUN_TRANSITIONS = 14;
  /** Per segment: RunSegment, NextSegment and MoreSegments in the run; FirstBatch in the child. */
  static final int SEGMENT_TRANSITIONS = 4;
  /** Per batch: PlanBatch, ExecuteBatch, MoreBatches, then NextBatch or SegmentDone. */
  static final int BATCH_TRANSITIONS = 4;
  /** Invocations shared by the run: compile, start, finish, cost, govern, publish. */
  static final int RUN_INVOCATIONS = 6;

  public WorkflowUsage {
    if (executeMemoryMb <= 0) {
      throw new IllegalArgumentException("the execute function's memory is positive: " + executeMemoryMb);
    }
  }

  /** Each model the execute function ran (skipped models never reach it), with what it used itself. */
  public Map<String, OrchestrationUsage> own(RunRecord run) {
    Map<String, OrchestrationUsage> out = new LinkedHashMap<>();
    for (ModelExecution e : run.modelsExecuted()) {
      if (e.status() != ModelStatus.SKIPPED) {
        out.put(e.modelName(), OrchestrationUsage.lambda(executeMemoryMb, e.durationMs())
            .plus(OrchestrationUsage.transitions(MODEL_TRANSITIONS)));
      }
    }
    return out;
  }

  /** What the run used for all its models together: its transitions and its bookkeeping invocations. */
  public static OrchestrationUsage shared(int segments, int batches) {
    long transitions = RUN_TRANSITIONS + (long) SEGMENT_TRANSITIONS * segments + (long) BATCH_TRANSITIONS * batches;
    return new OrchestrationUsage(0, RUN_INVOCATIONS + batches, transitions);
  }
}
