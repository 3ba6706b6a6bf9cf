package dev.rocky.fn.branch;

import dev.rocky.fn.support.Env;
import dev.rocky.fn.support.Invocation;
import dev.rocky.fn.support.JsonStreamHandler;
import dev.rocky.fn.support.Priming;
import org.crac.Context;
import org.crac.Resource;

/**
 * The branch Lambda function: a {@link BranchFunctionRequest} in, a {@link BranchFunctionResponse}
 * out; {@code plan} checks a branch's promotion gates and {@code promote} replaces the production
 * tables with the branch's ({@link Promoter}). Thin: decoding and encoding are
 * {@link JsonStreamHandler}'s.
 *
 * <p>Before the SnapStart snapshot it plans the promotion of a recorded branch run of the bundled
 * priming project against in-memory stores and an in-memory DuckDB, then makes one harmless call per
 * AWS client (see {@link BranchPriming}).
 */
public final class BranchHandler extends JsonStreamHandler<BranchFunctionRequest, BranchFunctionResponse>
    implements Resource {
  private final BranchWiring wiring;

  /** The runtime constructor: wiring from the environment, priming registered with CRaC. */
  public BranchHandler() {
    this(BranchWiring.fromEnvironment(Env.system()));
    Priming.register(this);
  }

  /** The injecting constructor, for tests. */
  public BranchHandler(BranchWiring wiring) {
    super(BranchFunctionRequest.class);
    this.wiring = wiring;
  }

  @Override
  protected BranchFunctionResponse handle(BranchFunctionRequest request, Invocation invocation) {
    return wiring.promoter().handle(request);
  }

  @Override
  public void beforeCheckpoint(Context<? extends Resource> context) {
    BranchPriming.run();
    wiring.primeClients().run();
  }

  @Override
  public void afterRestore(Context<? extends Resource> context) {
    // Nothing to refresh: no field holds anything random, time-based or secret.
  }
}
