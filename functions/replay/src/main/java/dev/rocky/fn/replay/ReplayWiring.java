package dev.rocky.fn.replay;

import dev.rocky.app.replay.ReplayService;
import dev.rocky.core.port.ArtifactStore;
import dev.rocky.core.port.StateStore;
import dev.rocky.fn.support.AwsStores;
import dev.rocky.fn.support.Env;
import dev.rocky.store.aws.AwsClients;
import java.net.URI;
import java.time.Clock;

/**
 * The replay function's composition root: run records in DynamoDB, recipes, provenance and input
 * snapshots in S3, each model rebuilt on a scratch in-memory DuckDB, and the verdicts in the
 * artifact bucket under {@code ROCKY_REPLAY_PREFIX} ({@code replays/}). A window is
 * {@code ROCKY_REPLAY_MAX_MODELS} models (200), a batch {@code ROCKY_REPLAY_BATCH_SIZE} (25).
 *
 * @param primeClients one harmless real call per client; nothing for in-memory wirings
 */
public record ReplayWiring(Replayer replayer, Runnable primeClients) {
  public static final int MAX_MODELS = 200;
  public static final int BATCH_SIZE = 25;

  public static ReplayWiring fromEnvironment(Env env) {
    AwsStores stores = AwsStores.fromEnvironment(env, Clock.systemUTC());
    AwsClients clients = new AwsClients(env.require("AWS_REGION"),
        env.get("ROCKY_S3_ENDPOINT").map(URI::create).orElse(null), null);
    Verdicts verdicts = new S3Verdicts(clients.s3(), env.require("ROCKY_ARTIFACT_BUCKET"),
        env.get("ROCKY_REPLAY_PREFIX", "replays/"));
    ReplayWiring wiring = of(stores.state(), stores.artifacts(), verdicts,
        Integer.parseInt(env.get("ROCKY_REPLAY_MAX_MODELS", String.valueOf(MAX_MODELS))),
        Integer.parseInt(env.get("ROCKY_REPLAY_BATCH_SIZE", String.valueOf(BATCH_SIZE))));
    return new ReplayWiring(wiring.replayer(), stores::prime);
  }

  /** A wiring on given stores; each model replayed on a scratch in-memory DuckDB; nothing to prime. */
  public static ReplayWiring of(StateStore state, ArtifactStore artifacts, Verdicts verdicts, int maxModels,
      int batchSize) {
    return new ReplayWiring(new Replayer(new ReplayService(state, artifacts, LambdaScratch::new), artifacts, verdicts,
        maxModels, batchSize), () -> {});
  }
}
