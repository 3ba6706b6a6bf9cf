package dev.rocky.fn.cost;

import dev.rocky.fn.compile.PrimingRun;
import dev.rocky.fn.support.FunctionJson;
import dev.rocky.fn.support.Invocation;
import java.time.Duration;

/**
 * Prices a fixed run of the bundled priming project through a whole invocation against in-memory
 * stores, twice (the second finds the costs recorded): the compiler, the cost service, the
 * orchestration pricing and the JSON of payloads are loaded and warmed before the snapshot.
 */
final class CostPriming {
  private static final Invocation PRIMING = new Invocation("priming", Duration.ofMinutes(15));

  private CostPriming() {}

  /** Returns the first invocation's answer. */
  static CostFunctionResponse run() {
    PrimingRun run = PrimingRun.recorded();
    CostHandler handler = new CostHandler(CostWiring.inMemory(run.state(), run.artifacts(),
        CostWiring.DEFAULT_EXECUTE_MEMORY_MB));
    byte[] request = FunctionJson.bytes(CostFunctionRequest.of(run.runId(), run.snapshotKey()));
    CostFunctionResponse first = FunctionJson.read(handler.invoke(request, PRIMING), CostFunctionResponse.class);
    handler.invoke(request, PRIMING);
    return first;
  }
}
