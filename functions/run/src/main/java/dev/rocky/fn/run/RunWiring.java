package dev.rocky.fn.run;

import dev.rocky.core.port.ArtifactStore;
import dev.rocky.core.port.StateStore;
import dev.rocky.fn.support.AwsStores;
import dev.rocky.fn.support.Env;
import java.time.Clock;

/**
 * The run function's composition root: state in DynamoDB, plans in S3 (see {@link AwsStores}).
 *
 * @param primeClients one harmless real call per client; nothing for in-memory wirings
 */
public record RunWiring(RunSteps steps, Runnable primeClients) {

  public static RunWiring fromEnvironment(Env env) {
    Clock clock = Clock.systemUTC();
    AwsStores stores = AwsStores.fromEnvironment(env, clock);
    return new RunWiring(new RunSteps(stores.state(), stores.artifacts(), clock), stores::prime);
  }

  /** A wiring on given stores; for priming and tests. */
  public static RunWiring of(StateStore state, ArtifactStore artifacts, Clock clock) {
    return new RunWiring(new RunSteps(state, artifacts, clock), () -> {});
  }
}
