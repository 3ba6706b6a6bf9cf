package dev.rocky.fn.compile;

import dev.rocky.fn.support.Env;
import dev.rocky.fn.support.Invocation;
import dev.rocky.fn.support.JsonStreamHandler;
import dev.rocky.fn.support.Priming;
import org.crac.Context;
import org.crac.Resource;

/**
 * The compile Lambda function: a {@link CompileRequest} (a project snapshot in S3) in, a
 * {@link CompileResponse} (diagnostic counts and the keys of the report, the IR and the run plan)
 * out. Thin: decoding and encoding are {@link JsonStreamHandler}'s, the work is
 * {@link SnapshotCompiler}'s.
 *
 * <p>Before the SnapStart snapshot it compiles a tiny bundled project in memory and makes one
 * harmless call per AWS client (see {@link CompilePriming}).
 */
public final class CompileHandler extends JsonStreamHandler<CompileRequest, CompileResponse> implements Resource {
  private final CompileWiring wiring;

  /** The runtime constructor: wiring from the environment, priming registered with CRaC. */
  public CompileHandler() {
    this(CompileWiring.fromEnvironment(Env.system()));
    Priming.register(this);
  }

  /** The injecting constructor, for tests. */
  public CompileHandler(CompileWiring wiring) {
    super(CompileRequest.class);
    this.wiring = wiring;
  }

  @Override
  protected CompileResponse handle(CompileRequest request, Invocation invocation) {
    return wiring.compiler().compile(request);
  }

  @Override
  public void beforeCheckpoint(Context<? extends Resource> context) {
    CompilePriming.run();
    wiring.primeClients().run();
  }

  @Override
  public void afterRestore(Context<? extends Resource> context) {
    // Nothing to refresh: no field holds anything random, time-based or secret.
  }
}
