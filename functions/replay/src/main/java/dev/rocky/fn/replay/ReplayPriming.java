package dev.rocky.fn.replay;

import dev.rocky.fn.compile.PrimingRun;
import dev.rocky.fn.support.FunctionJson;
import dev.rocky.fn.support.Invocation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Every step of a replay of the bundled priming project's fixed run against in-memory stores: the
 * replay service, the report and the JSON of payloads are loaded and warmed before the snapshot.
 * The fixed run has no recorded recipes, so its models are judged non-replayable without a scratch
 * warehouse: the DuckDB driver loads on the first real replay. Nothing is kept.
 */
final class ReplayPriming {
  private static final Invocation PRIMING = new Invocation("priming", Duration.ofMinutes(15));

  private ReplayPriming() {}

  /** The answers: plan, the first batch, each of its models, the summary. */
  static List<ReplayFunctionResponse> run() {
    PrimingRun run = PrimingRun.recorded();
    ReplayHandler handler = new ReplayHandler(ReplayWiring.of(run.state(), run.artifacts(), new MemoryVerdicts(),
        ReplayWiring.MAX_MODELS, ReplayWiring.BATCH_SIZE));
    List<ReplayFunctionResponse> out = new ArrayList<>();
    out.add(invoke(handler, new ReplayFunctionRequest(ReplayFunctionRequest.Step.PLAN, run.runId(), null, null, null,
        null, null, null)));
    ReplayFunctionResponse batch = invoke(handler, ReplayFunctionRequest.of(ReplayFunctionRequest.Step.BATCH,
        run.runId(), 0));
    out.add(batch);
    for (int position : batch.positions()) {
      out.add(invoke(handler, ReplayFunctionRequest.of(ReplayFunctionRequest.Step.MODEL, run.runId(), position)));
    }
    out.add(invoke(handler, ReplayFunctionRequest.of(ReplayFunctionRequest.Step.SUMMARY, run.runId(), null)));
    return out;
  }

  private static ReplayFunctionResponse invoke(ReplayHandler handler, ReplayFunctionRequest request) {
    return FunctionJson.read(handler.invoke(FunctionJson.bytes(request), PRIMING), ReplayFunctionResponse.class);
  }
}
