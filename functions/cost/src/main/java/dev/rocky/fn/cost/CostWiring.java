package dev.rocky.fn.cost;

import dev.rocky.app.cost.OrchestrationRates;
import dev.rocky.core.error.RockyException;
import dev.rocky.core.port.ArtifactStore;
import dev.rocky.core.port.StateStore;
import dev.rocky.fn.FunctionErrorCode;
import dev.rocky.fn.compile.SnapshotProjects;
import dev.rocky.fn.compile.Snapshots;
import dev.rocky.fn.support.AwsStores;
import dev.rocky.fn.support.Env;
import java.time.Clock;
import java.util.Locale;

/**
 * The cost function's composition root: run records in DynamoDB, snapshots and artifacts in S3, and
 * what orchestration costs: {@code ROCKY_EXECUTE_MEMORY_MB}, the execute function's memory (1024 by
 * default; the CDK app sets it from the function), and {@code ROCKY_LAMBDA_ARCHITECTURE}
 * ({@code arm64}, the default, or {@code x86_64}), which prices a GB-second.
 *
 * @param primeClients one harmless real call per client; nothing for in-memory wirings
 */
public record CostWiring(RunCoster coster, Runnable primeClients) {
  static final int DEFAULT_EXECUTE_MEMORY_MB = 1024;

  public static CostWiring fromEnvironment(Env env) {
    AwsStores stores = AwsStores.fromEnvironment(env, Clock.systemUTC());
    return new CostWiring(new RunCoster(stores.state(), stores.artifacts(),
        SnapshotProjects.of(Snapshots.of(stores.artifacts(), stores.objects())), usage(env), rates(env)), stores::prime);
  }

  /** A wiring on given stores (snapshots by artifact key or object key), with the execute function's memory. */
  public static CostWiring of(AwsStores stores, int executeMemoryMb) {
    return new CostWiring(new RunCoster(stores.state(), stores.artifacts(),
        SnapshotProjects.of(Snapshots.of(stores.artifacts(), stores.objects())), new WorkflowUsage(executeMemoryMb),
        OrchestrationRates.ARM64), () -> {});
  }

  /** Snapshots and artifacts in one store, nothing to prime: for priming and tests. */
  public static CostWiring inMemory(StateStore state, ArtifactStore artifacts, int executeMemoryMb) {
    return new CostWiring(new RunCoster(state, artifacts, SnapshotProjects.of(Snapshots.of(artifacts)),
        new WorkflowUsage(executeMemoryMb), OrchestrationRates.ARM64), () -> {});
  }

  static WorkflowUsage usage(Env env) {
    String memory = env.get("ROCKY_EXECUTE_MEMORY_MB", String.valueOf(DEFAULT_EXECUTE_MEMORY_MB));
    try {
      return new WorkflowUsage(Integer.parseInt(memory.strip()));
    } catch (IllegalArgumentException e) {
      throw new RockyException(FunctionErrorCode.CONFIGURATION_MISSING, "ROCKY_EXECUTE_MEMORY_MB is '" + memory
          + "'; set it to the execute function's memory in MB, e.g. 1024", e);
    }
  }

  static OrchestrationRates rates(Env env) {
    String arch = env.get("ROCKY_LAMBDA_ARCHITECTURE", "arm64").strip().toLowerCase(Locale.ROOT);
    return switch (arch) {
      case "arm64" -> OrchestrationRates.ARM64;
      case "x86_64" -> OrchestrationRates.X86_64;
      default -> throw new RockyException(FunctionErrorCode.CONFIGURATION_MISSING, "ROCKY_LAMBDA_ARCHITECTURE is '"
          + arch + "'; set it to arm64 or x86_64, the execute function's architecture");
    };
  }
}
