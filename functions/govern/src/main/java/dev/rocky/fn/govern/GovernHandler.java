package dev.rocky.fn.govern;

import dev.rocky.fn.support.Env;
import dev.rocky.fn.support.Invocation;
import dev.rocky.fn.support.JsonStreamHandler;
import dev.rocky.fn.support.Priming;
import org.crac.Context;
import org.crac.Resource;

/**
 * The govern Lambda function: a {@link GovernFunctionRequest} in, a {@link GovernFunctionResponse}
 * out; {@code govern} checks the compliance of the run's models ({@link RunGovernor}),
 * {@code publish} writes the catalog site to the catalog bucket ({@link CatalogPublisher}). Thin:
 * decoding and encoding are {@link JsonStreamHandler}'s.
 *
 * <p>Before the SnapStart snapshot it runs both steps for a fixed run of the bundled priming
 * project against in-memory stores and a scratch bucket, then makes one harmless call per AWS
 * client (see {@link GovernPriming}).
 */
public final class GovernHandler extends JsonStreamHandler<GovernFunctionRequest, GovernFunctionResponse>
    implements Resource {
  private final GovernWiring wiring;

  /** The runtime constructor: wiring from the environment, priming registered with CRaC. */
  public GovernHandler() {
    this(GovernWiring.fromEnvironment(Env.system()));
    Priming.register(this);
  }

  /** The injecting constructor, for tests. */
  public GovernHandler(GovernWiring wiring) {
    super(GovernFunctionRequest.class);
    this.wiring = wiring;
  }

  @Override
  protected GovernFunctionResponse handle(GovernFunctionRequest request, Invocation invocation) {
    return switch (request.step()) {
      case GOVERN -> new GovernFunctionResponse(request.runId(), request.step(), wiring.governor().govern(request), null);
      case PUBLISH -> new GovernFunctionResponse(request.runId(), request.step(), null, wiring.publisher().publish(request));
    };
  }

  @Override
  public void beforeCheckpoint(Context<? extends Resource> context) {
    GovernPriming.run();
    wiring.primeClients().run();
  }

  @Override
  public void afterRestore(Context<? extends Resource> context) {
    // Nothing to refresh: no field holds anything random, time-based or secret.
  }
}
