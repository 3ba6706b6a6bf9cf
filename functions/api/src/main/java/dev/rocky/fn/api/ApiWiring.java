package dev.rocky.fn.api;

import dev.rocky.app.api.Authenticator;
import dev.rocky.app.api.RunsApi;
import dev.rocky.app.compile.CompileService;
import dev.rocky.core.port.CacheStore;
import dev.rocky.core.port.ProjectSource;
import dev.rocky.core.port.StateStore;
import dev.rocky.fn.compile.Snapshots;
import dev.rocky.fn.support.AwsStores;
import dev.rocky.fn.support.Env;
import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.SfnClientBuilder;

/**
 * The API function's composition root: {@link RunsApi} with IAM callers (API Gateway authenticates),
 * the deployed snapshot compiled in the function, runs as Step Functions executions, records in the
 * DynamoDB state store. Besides the stores' variables ({@link AwsStores}), the environment names:
 *
 * <ul>
 *   <li>{@code ROCKY_STATE_MACHINE_ARN}: the run workflow;
 *   <li>{@code ROCKY_PROJECT_SNAPSHOT_KEY}: the deployed project's snapshot in the artifact bucket;
 *   <li>optionally {@code ROCKY_PROJECT_CONFIG} (its rocky.toml path) and {@code ROCKY_SFN_ENDPOINT}.
 * </ul>
 *
 * @param primeClients one harmless real call per client; nothing for in-memory wirings
 */
public record ApiWiring(RunsApi api, Runnable primeClients) {

  public static ApiWiring fromEnvironment(Env env) {
    Clock clock = Clock.systemUTC();
    AwsStores stores = AwsStores.fromEnvironment(env, clock);
    String snapshotKey = env.require("ROCKY_PROJECT_SNAPSHOT_KEY");
    RunStarter starter = new SfnRunStarter(sfn(env), env.require("ROCKY_STATE_MACHINE_ARN"));
    return of(stores.state(), SnapshotProject.snapshot(Snapshots.of(stores.artifacts(), stores.objects()), snapshotKey),
        snapshotKey, env.get("ROCKY_PROJECT_CONFIG").orElse(null), starter, clock, ApiWiring::projectEnvironment,
        () -> {
          stores.prime();
          starter.prime();
        });
  }

  /**
   * A wiring on given parts: for tests and priming.
   *
   * @param project reads the project snapshot {@code snapshotKey} names
   */
  public static ApiWiring of(StateStore state, Supplier<ProjectSource> project, String snapshotKey, @Nullable String config,
      RunStarter starter, Clock clock, Supplier<Map<String, String>> projectEnvironment, Runnable primeClients) {
    SnapshotProject compiled = new SnapshotProject(project, config, new CompileService(CacheStore.NONE, null),
        projectEnvironment, clock);
    RunsApi api = new RunsApi(Authenticator.authenticatedCaller(), compiled,
        new StepFunctionsRuns(state, starter, snapshotKey, config, clock),
        (request, failure) -> {
          // CloudWatch keeps the function's stderr: the trace is for the operator, never the client.
          System.err.println("rocky api: internal error on " + request);
          failure.printStackTrace();
        });
    return new ApiWiring(api, primeClients);
  }

  private static SfnClient sfn(Env env) {
    SfnClientBuilder builder = SfnClient.builder()
        .httpClient(UrlConnectionHttpClient.builder().build())
        .region(Region.of(env.require("AWS_REGION")));
    env.get("ROCKY_SFN_ENDPOINT").map(URI::create).ifPresent(builder::endpointOverride);
    return builder.build();
  }

  /** What {@code ${VAR}} in the project's TOML may read: the environment without AWS credentials. */
  static Map<String, String> projectEnvironment() {
    Map<String, String> env = new HashMap<>(System.getenv());
    env.keySet().removeIf(name -> name.startsWith("AWS_") && (name.contains("KEY") || name.contains("TOKEN")
        || name.contains("CREDENTIALS")));
    return env;
  }
}
