package dev.rocky.fn.run;

import dev.rocky.fn.support.Env;
import dev.rocky.fn.support.Invocation;
import dev.rocky.fn.support.JsonStreamHandler;
import dev.rocky.fn.support.Priming;
import org.crac.Context;
import org.crac.Resource;

/**
 * The run Lambda function: a {@link RunStep} ({@code start}, {@code batch}, {@code model_failed},
 * {@code finish}, {@code abort}) in, a {@link RunAnswer} out. Thin: decoding and encoding are
 * {@link JsonStreamHandler}'s, the work is {@link RunSteps}'.
 *
 * <p>Before the SnapStart snapshot it runs a whole run's bookkeeping against in-memory stores and
 * makes one harmless call per AWS client (see {@link RunPriming}).
 */
public final class RunHandler extends JsonStreamHandler<RunStep, RunAnswer> implements Resource {
  private final RunWiring wiring;

  /** The runtime constructor: wiring from the environment, priming registered with CRaC. */
  public RunHandler() {
    this(RunWiring.fromEnvironment(Env.system()));
    Priming.register(this);
  }

  /** The injecting constructor, for tests. */
  public RunHandler(RunWiring wiring) {
    super(RunStep.class);
    this.wiring = wiring;
  }

  @Override
  protected RunAnswer handle(RunStep request, Invocation invocation) {
    return wiring.steps().run(request);
  }

  @Override
  public void beforeCheckpoint(Context<? extends Resource> context) {
    RunPriming.run();
    wiring.primeClients().run();
  }

  @Override
  public void afterRestore(Context<? extends Resource> context) {
    // Nothing to refresh: no field holds anything random, time-based or secret.
  }
}
