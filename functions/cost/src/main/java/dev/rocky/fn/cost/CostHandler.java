package dev.rocky.fn.cost;

import dev.rocky.fn.support.Env;
import dev.rocky.fn.support.Invocation;
import dev.rocky.fn.support.JsonStreamHandler;
import dev.rocky.fn.support.Priming;
import org.crac.Context;
import org.crac.Resource;

/**
 * The cost Lambda function: a {@link CostFunctionRequest} (a run id and its project snapshot) in, a
 * {@link CostFunctionResponse} out (see {@link RunCoster}). Thin: decoding and encoding are
 * {@link JsonStreamHandler}'s.
 *
 * <p>Before the SnapStart snapshot it prices a fixed run of the bundled priming project against
 * in-memory stores, then makes one harmless call per AWS client (see {@link CostPriming}).
 */
public final class CostHandler extends JsonStreamHandler<CostFunctionRequest, CostFunctionResponse> implements Resource {
  private final CostWiring wiring;

  /** The runtime constructor: wiring from the environment, priming registered with CRaC. */
  public CostHandler() {
    this(CostWiring.fromEnvironment(Env.system()));
    Priming.register(this);
  }

  /** The injecting constructor, for tests. */
  public CostHandler(CostWiring wiring) {
    super(CostFunctionRequest.class);
    this.wiring = wiring;
  }

  @Override
  protected CostFunctionResponse handle(CostFunctionRequest request, Invocation invocation) {
    return wiring.coster().cost(request);
  }

  @Override
  public void beforeCheckpoint(Context<? extends Resource> context) {
    CostPriming.run();
    wiring.primeClients().run();
  }

  @Override
  public void afterRestore(Context<? extends Resource> context) {
    // Nothing to refresh: no field holds anything random, time-based or secret.
  }
}
