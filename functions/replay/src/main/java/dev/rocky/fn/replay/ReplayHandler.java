package dev.rocky.fn.replay;

import dev.rocky.fn.support.Env;
import dev.rocky.fn.support.Invocation;
import dev.rocky.fn.support.JsonStreamHandler;
import dev.rocky.fn.support.Priming;
import org.crac.Context;
import org.crac.Resource;

/**
 * The replay Lambda function: a {@link ReplayFunctionRequest} in, a {@link ReplayFunctionResponse}
 * out; the steps of {@code replay.asl.json} over {@link Replayer}. Thin: decoding and encoding are
 * {@link JsonStreamHandler}'s.
 *
 * <p>Before the SnapStart snapshot it replays a fixed run of the bundled priming project against
 * in-memory stores (every step, see {@link ReplayPriming}), then makes one harmless call per AWS
 * client.
 */
public final class ReplayHandler extends JsonStreamHandler<ReplayFunctionRequest, ReplayFunctionResponse>
    implements Resource {
  private final ReplayWiring wiring;

  /** The runtime constructor: wiring from the environment, priming registered with CRaC. */
  public ReplayHandler() {
    this(ReplayWiring.fromEnvironment(Env.system()));
    Priming.register(this);
  }

  /** The injecting constructor, for tests. */
  public ReplayHandler(ReplayWiring wiring) {
    super(ReplayFunctionRequest.class);
    this.wiring = wiring;
  }

  @Override
  protected ReplayFunctionResponse handle(ReplayFunctionRequest request, Invocation invocation) {
    return wiring.replayer().handle(request);
  }

  @Override
  public void beforeCheckpoint(Context<? extends Resource> context) {
    ReplayPriming.run();
    wiring.primeClients().run();
  }

  @Override
  public void afterRestore(Context<? extends Resource> context) {
    // Nothing to refresh: no field holds anything random, time-based or secret.
  }
}
