package dev.rocky.fn.support;

import org.crac.Core;
import org.crac.Resource;

/**
 * SnapStart priming: registers a handler's {@link Resource} with CRaC, whose
 * {@code beforeCheckpoint} Lambda runs once before it takes the snapshot. Outside a CRaC runtime
 * (tests, the CLI) registration does nothing, and a test may call {@code beforeCheckpoint} itself.
 * CRaC holds resources weakly: the handler registers itself, and the runtime holds the handler.
 *
 * <p>What a hook may do: run the hot path against in-memory stores and make one harmless real call
 * per client. What it must not do: keep anything random, time-based or secret in a field.
 */
public final class Priming {
  private Priming() {}

  public static void register(Resource resource) {
    Core.getGlobalContext().register(resource);
  }
}
