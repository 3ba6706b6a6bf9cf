package dev.rocky.fn.govern;

import dev.rocky.core.port.ArtifactStore;
import dev.rocky.core.port.StateStore;
import dev.rocky.fn.compile.SnapshotProjects;
import dev.rocky.fn.compile.Snapshots;
import dev.rocky.fn.support.AwsStores;
import dev.rocky.fn.support.Env;
import dev.rocky.store.aws.AwsClients;
import java.net.URI;
import java.time.Clock;

/**
 * The govern function's composition root: run records in DynamoDB, snapshots and artifacts in S3,
 * and the catalog bucket: {@code ROCKY_CATALOG_BUCKET} (the artifact bucket when unset) under
 * {@code ROCKY_CATALOG_PREFIX} ({@code catalog/}). The two steps share one compile of the snapshot
 * while the function is warm.
 *
 * @param primeClients one harmless real call per client; nothing for in-memory wirings
 */
public record GovernWiring(RunGovernor governor, CatalogPublisher publisher, Runnable primeClients) {

  public static GovernWiring fromEnvironment(Env env) {
    AwsStores stores = AwsStores.fromEnvironment(env, Clock.systemUTC());
    AwsClients clients = new AwsClients(env.require("AWS_REGION"),
        env.get("ROCKY_S3_ENDPOINT").map(URI::create).orElse(null), null);
    SiteBucket site = new S3SiteBucket(clients.s3(), env.get("ROCKY_CATALOG_BUCKET", env.require("ROCKY_ARTIFACT_BUCKET")),
        env.get("ROCKY_CATALOG_PREFIX", "catalog/"));
    GovernWiring wiring = of(stores.state(), stores.artifacts(), Snapshots.of(stores.artifacts(), stores.objects()), site);
    return new GovernWiring(wiring.governor(), wiring.publisher(), stores::prime);
  }

  /** A wiring on given stores, snapshots and catalog bucket; nothing to prime. */
  public static GovernWiring of(StateStore state, ArtifactStore artifacts, Snapshots snapshots, SiteBucket site) {
    SnapshotProjects projects = SnapshotProjects.of(snapshots);
    return new GovernWiring(new RunGovernor(state, artifacts, projects),
        new CatalogPublisher(state, projects, site, Clock.systemUTC()), () -> {});
  }
}
