package dev.rocky.fn.execute;

import dev.rocky.fn.support.Env;
import dev.rocky.fn.support.Invocation;
import dev.rocky.fn.support.JsonStreamHandler;
import dev.rocky.fn.support.Priming;
import org.crac.Context;
import org.crac.Resource;

/**
 * The execute Lambda function: an {@link ExecuteModelRequest} (a plan key, a model, a run id) in,
 * an {@link ExecuteModelResponse} out; one model per invocation, at most once per run (see
 * {@link ModelExecutor}). Thin: decoding and encoding are {@link JsonStreamHandler}'s.
 *
 * <p>Before the SnapStart snapshot it executes a tiny plan on an in-memory DuckDB against
 * in-memory stores, and makes one harmless call per AWS client (see {@link ExecutePriming}).
 */
public final class ExecuteHandler extends JsonStreamHandler<ExecuteModelRequest, ExecuteModelResponse>
    implements Resource {
  private final ExecuteWiring wiring;

  /** The runtime constructor: wiring from the environment, priming registered with CRaC. */
  public ExecuteHandler() {
    this(ExecuteWiring.fromEnvironment(Env.system()));
    Priming.register(this);
  }

  /** The injecting constructor, for tests. */
  public ExecuteHandler(ExecuteWiring wiring) {
    super(ExecuteModelRequest.class);
    this.wiring = wiring;
  }

  @Override
  protected ExecuteModelResponse handle(ExecuteModelRequest request, Invocation invocation) {
    return wiring.executor().execute(request, invocation);
  }

  @Override
  public void beforeCheckpoint(Context<? extends Resource> context) {
    ExecutePriming.run();
    wiring.primeClients().run();
  }

  @Override
  public void afterRestore(Context<? extends Resource> context) {
    // Nothing to refresh: the warehouse opens on the first invocation, and no field holds anything random or secret.
  }
}
