package dev.rocky.fn.execute;

import java.security.SecureRandom;
import java.util.function.DoubleSupplier;

/**
 * Retry jitter drawn when it is needed, from a generator made then: nothing random is created at
 * init, so function instances restored from one SnapStart snapshot do not retry in lockstep.
 */
final class FreshJitter implements DoubleSupplier {
  @Override
  public double getAsDouble() {
    return new SecureRandom().nextDouble();
  }
}
