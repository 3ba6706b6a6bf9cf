package dev.rocky.fn.compile;

import dev.rocky.app.compile.CompileService;
import dev.rocky.core.port.ArtifactStore;
import dev.rocky.core.port.CacheStore;
import dev.rocky.fn.support.AwsStores;
import dev.rocky.fn.support.Env;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * The compile function's composition root: the compiler (no compile cache, no seed database: a
 * function compiles each snapshot once), snapshots and artifacts in S3, and what to call before a
 * snapshot to warm the clients.
 *
 * @param primeClients one harmless real call per client; nothing for in-memory wirings
 */
public record CompileWiring(SnapshotCompiler compiler, Runnable primeClients) {

  /** The runtime wiring: stores named by the environment (see {@link AwsStores}). */
  public static CompileWiring fromEnvironment(Env env) {
    return of(AwsStores.fromEnvironment(env, Clock.systemUTC()));
  }

  public static CompileWiring of(AwsStores stores) {
    return new CompileWiring(compiler(Snapshots.of(stores.artifacts(), stores.objects()), stores.artifacts()),
        stores::prime);
  }

  /** Snapshots and artifacts in one store, nothing to prime: for priming itself and for tests. */
  public static CompileWiring inMemory(ArtifactStore artifacts) {
    return new CompileWiring(compiler(Snapshots.of(artifacts), artifacts), () -> {});
  }

  private static SnapshotCompiler compiler(Snapshots snapshots, ArtifactStore artifacts) {
    return new SnapshotCompiler(new CompileService(CacheStore.NONE, null), snapshots, artifacts, CompileWiring::projectEnvironment);
  }

  /**
   * What {@code ${VAR}} in a project's TOML may read: the function's environment at the time of the
   * call, without the AWS credentials Lambda may put there.
   */
  static Map<String, String> projectEnvironment() {
    Map<String, String> env = new HashMap<>(System.getenv());
    env.keySet().removeIf(name -> name.startsWith("AWS_") && (name.contains("KEY") || name.contains("TOKEN")
        || name.contains("CREDENTIALS")));
    return env;
  }
}
