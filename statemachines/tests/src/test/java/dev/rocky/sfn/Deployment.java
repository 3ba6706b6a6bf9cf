package dev.rocky.sfn;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rocky.adapter.duckdb.DuckDbAdapter;
import dev.rocky.core.port.StateStore;
import dev.rocky.core.port.WarehouseAdapter;
import dev.rocky.fn.branch.BranchHandler;
import dev.rocky.fn.branch.BranchWiring;
import dev.rocky.fn.compile.CompileHandler;
import dev.rocky.fn.compile.CompileWiring;
import dev.rocky.fn.compile.Snapshots;
import dev.rocky.fn.cost.CostHandler;
import dev.rocky.fn.cost.CostWiring;
import dev.rocky.fn.execute.ExecuteHandler;
import dev.rocky.fn.execute.ExecuteWiring;
import dev.rocky.fn.govern.GovernHandler;
import dev.rocky.fn.govern.GovernWiring;
import dev.rocky.fn.govern.S3SiteBucket;
import dev.rocky.fn.replay.ReplayHandler;
import dev.rocky.fn.replay.ReplayWiring;
import dev.rocky.fn.replay.S3Verdicts;
import dev.rocky.fn.run.RunHandler;
import dev.rocky.fn.run.RunWiring;
import dev.rocky.fn.support.AwsStores;
import dev.rocky.fn.support.Env;
import dev.rocky.fn.support.FunctionJson;
import dev.rocky.store.aws.testing.LocalAws;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Rocky deployed on loopback, as the CDK app deploys it in AWS: a state table in DynamoDB Local, an
 * artifact bucket in S3Proxy (one namespace per deployment), a DuckDB file as the warehouse, and the
 * functions behind a {@link LambdaBridge}: compile, execute, run, cost, govern, branch and replay
 * with their real handlers (the execute function's memory taken as {@value #EXECUTE_MEMORY_MB} MB;
 * the catalog site published under {@link #catalogPrefix} of the bucket; the branch function
 * promoting in the same DuckDB file; the replay function's verdicts under {@link #replayPrefix}).
 */
final class Deployment implements AutoCloseable {
  /** The definitions' Lambda substitutions, to the bridge's function names. */
  static final Map<String, String> FUNCTIONS = Map.of("CompileFunctionArn", "compile", "ExecuteFunctionArn", "execute",
      "RunFunctionArn", "run", "CostFunctionArn", "cost", "GovernFunctionArn", "govern", "BranchFunctionArn", "branch",
      "ReplayFunctionArn", "replay");
  /** The definitions' state machine substitutions, to their files. */
  static final Map<String, String> STATE_MACHINES = Map.of("RunStateMachineArn", "run.asl.json",
      "RunSegmentStateMachineArn", "run-segment.asl.json", "ReplayStateMachineArn", "replay.asl.json");

  private static final String TABLE = LocalAws.newStateTable();
  private static final String BUCKET = LocalAws.newBucket();

  static final int EXECUTE_MEMORY_MB = 1024;

  final AwsStores stores;
  final String catalogPrefix = LocalAws.unique("catalog-") + "/";
  final String replayPrefix = LocalAws.unique("replays-") + "/";
  final DuckDbAdapter warehouse;
  final LambdaBridge bridge = new LambdaBridge();

  /**
   * @param executeState what the execute function's state store is (a fault injector around the real one)
   * @param executeWarehouse what the execute function's warehouse is (a fault injector around the DuckDB file)
   */
  Deployment(Path dir, UnaryOperator<StateStore> executeState, UnaryOperator<WarehouseAdapter> executeWarehouse) {
    Env env = new Env(Map.of("ROCKY_STATE_TABLE", TABLE, "ROCKY_ARTIFACT_BUCKET", BUCKET,
        "ROCKY_STATE_NAMESPACE", LocalAws.unique("sfn-"), "ROCKY_ARTIFACT_PREFIX", LocalAws.unique("artifacts-") + "/"));
    stores = AwsStores.of(LocalAws.dynamoDb(), LocalAws.s3(), env, Clock.systemUTC());
    warehouse = DuckDbAdapter.open(dir.resolve("warehouse.duckdb"));
    WarehouseAdapter executing = executeWarehouse.apply(warehouse);
    bridge.register("compile", new CompileHandler(CompileWiring.of(stores)))
        .register("execute", new ExecuteHandler(ExecuteWiring.of(() -> executing, executeState.apply(stores.state()),
            stores.artifacts(), Clock.systemUTC())))
        .register("run", new RunHandler(RunWiring.of(stores.state(), stores.artifacts(), Clock.systemUTC())))
        .register("cost", new CostHandler(CostWiring.of(stores, EXECUTE_MEMORY_MB)))
        .register("govern", new GovernHandler(GovernWiring.of(stores.state(), stores.artifacts(),
            Snapshots.of(stores.artifacts(), stores.objects()), new S3SiteBucket(LocalAws.s3(), BUCKET, catalogPrefix))))
        .register("branch", new BranchHandler(BranchWiring.of(() -> warehouse, stores.state(), stores.artifacts(),
            Snapshots.of(stores.artifacts(), stores.objects()), Clock.systemUTC())));
    replay(ReplayWiring.MAX_MODELS, ReplayWiring.BATCH_SIZE);
  }

  /** (Re)deploys the replay function with windows of {@code maxModels} and batches of {@code batchSize}. */
  Deployment replay(int maxModels, int batchSize) {
    bridge.register("replay", new ReplayHandler(ReplayWiring.of(stores.state(), stores.artifacts(),
        new S3Verdicts(LocalAws.s3(), BUCKET, replayPrefix), maxModels, batchSize)));
    return this;
  }

  Deployment(Path dir) {
    this(dir, UnaryOperator.identity(), UnaryOperator.identity());
  }

  static ObjectNode passedThrough(String name) {
    ObjectNode out = FunctionJson.mapper().createObjectNode();
    out.put("passed_through", name);
    return out;
  }

  /** Puts a project snapshot into the artifact bucket, as CI uploads one; returns its key. */
  String upload(String key, byte[] archive) {
    LocalAws.s3().putObject(b -> b.bucket(BUCKET).key(key), RequestBody.fromBytes(archive));
    return key;
  }

  /** The text of a file of the published catalog site, by its path in the site. */
  Optional<String> catalogFile(String path) {
    try {
      return Optional.of(LocalAws.s3().getObjectAsBytes(b -> b.bucket(BUCKET).key(catalogPrefix + path)).asUtf8String());
    } catch (NoSuchKeyException e) {
      return Optional.empty();
    }
  }

  /** Runs {@code definition}, every retry waiting as the definition says (backoff with jitter). */
  Execution run(String definition, Object input) {
    return run(definition, input, null, Duration.ofMinutes(5));
  }

  Execution run(String definition, Object input, Integer retryIntervalMs, Duration timeout) {
    return Harness.run(definition, input, bridge, FUNCTIONS, STATE_MACHINES, retryIntervalMs, timeout);
  }

  @Override
  public void close() {
    bridge.close();
    warehouse.close();
  }
}
