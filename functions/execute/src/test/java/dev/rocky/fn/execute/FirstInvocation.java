package dev.rocky.fn.execute;

import dev.rocky.adapter.duckdb.DuckDbAdapter;
import dev.rocky.fn.compile.CompileHandler;
import dev.rocky.fn.compile.CompileWiring;
import dev.rocky.fn.compile.Snapshots;
import dev.rocky.fn.compile.testing.RecordedRuns;
import dev.rocky.core.branch.BranchRecord;
import dev.rocky.core.run.ModelStatus;
import dev.rocky.core.run.RunRecord;
import dev.rocky.fn.branch.BranchHandler;
import dev.rocky.fn.branch.BranchWiring;
import dev.rocky.fn.cost.CostHandler;
import dev.rocky.fn.cost.CostWiring;
import dev.rocky.fn.govern.GovernHandler;
import dev.rocky.fn.replay.MemoryVerdicts;
import dev.rocky.fn.replay.ReplayHandler;
import dev.rocky.fn.replay.ReplayWiring;
import dev.rocky.fn.govern.GovernWiring;
import dev.rocky.fn.support.Invocation;
import dev.rocky.fn.support.JsonStreamHandler;
import dev.rocky.core.memory.MemoryArtifactStore;
import dev.rocky.core.memory.MemoryStateStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.crac.Resource;

/**
 * Run in a fresh JVM: builds a handler as Lambda's init would, primes it or not ({@code primed} /
 * {@code cold}), then times its first invocation on inputs other than the priming ones, and a
 * second one. Prints {@code RESULT <function> <mode> priming_ms=.. first_ms=.. second_ms=..}.
 * Nothing of Rocky, Jackson, Calcite or DuckDB runs before the handler: the inputs (a snapshot
 * zip, a stored plan, a seeded DuckDB file) are prepared by {@link PrimingLatencyTest} and read
 * here as bytes; the stores are in memory, so the figures leave out the network.
 */
public final class FirstInvocation {
  private FirstInvocation() {}

  public static void main(String[] args) throws Exception {
    String function = args[0];
    boolean primed = args[1].equals("primed");
    Path inputs = Path.of(args[2]);
    long init = System.nanoTime();
    MemoryArtifactStore artifacts = new MemoryArtifactStore();
    String line = switch (function) {
      case "compile" -> {
        String snapshot = artifacts.put(Files.readAllBytes(inputs.resolve("typed.zip")));
        CompileHandler handler = new CompileHandler(CompileWiring.inMemory(artifacts));
        byte[] request = ("{\"snapshot_key\":\"" + snapshot + "\"}").getBytes(StandardCharsets.UTF_8);
        yield measure(handler, handler, primed, init, request, request);
      }
      case "execute" -> {
        String plan = artifacts.put(Files.readAllBytes(inputs.resolve("plan.json")));
        Path database = inputs.resolve("warehouse.duckdb");
        ExecuteHandler handler = new ExecuteHandler(ExecuteWiring.of(() -> DuckDbAdapter.open(database),
            new MemoryStateStore(Clock.systemUTC()), artifacts, Clock.systemUTC()));
        yield measure(handler, handler, primed, init, request(plan, "stg_orders"), request(plan, "stg_customers"));
      }
      case "cost" -> {
        String snapshot = artifacts.put(Files.readAllBytes(inputs.resolve("shop.zip")));
        MemoryStateStore state = new MemoryStateStore(Clock.systemUTC());
        List<String> models = Files.readAllLines(inputs.resolve("models.txt"));
        state.recordRun(recorded(FIRST_RUN, models));
        state.recordRun(recorded(SECOND_RUN, models));
        CostHandler handler = new CostHandler(CostWiring.inMemory(state, artifacts, 1024));
        yield measure(handler, handler, primed, init, postRun(null, FIRST_RUN, snapshot),
            postRun(null, SECOND_RUN, snapshot));
      }
      case "govern" -> {
        String snapshot = artifacts.put(Files.readAllBytes(inputs.resolve("shop.zip")));
        MemoryStateStore state = new MemoryStateStore(Clock.systemUTC());
        state.recordRun(recorded(FIRST_RUN, Files.readAllLines(inputs.resolve("models.txt"))));
        GovernHandler handler = new GovernHandler(GovernWiring.of(state, artifacts, Snapshots.of(artifacts),
            new DirectoryBucket(inputs.resolve("site"))));
        yield measure(handler, handler, primed, init, postRun("govern", FIRST_RUN, snapshot),
            postRun("publish", FIRST_RUN, snapshot));
      }
      case "branch" -> {
        String snapshot = artifacts.put(Files.readAllBytes(inputs.resolve("shop.zip")));
        MemoryStateStore state = new MemoryStateStore(Clock.systemUTC());
        state.createBranch(new BranchRecord("pr_1", BranchRecord.defaultSchema("pr_1"), null, Instant.EPOCH, null));
        state.recordRun(RecordedRuns.onBranch(recorded(FIRST_RUN, Files.readAllLines(inputs.resolve("models.txt"))), "pr_1",
            Files.readString(inputs.resolve("digest.txt")).strip()));
        Path database = inputs.resolve("warehouse.duckdb");
        BranchHandler handler = new BranchHandler(BranchWiring.of(() -> DuckDbAdapter.open(database), state, artifacts,
            Snapshots.of(artifacts), Clock.systemUTC()));
        byte[] plan = ("{\"step\":\"plan\",\"branch\":\"pr_1\",\"snapshot_key\":\"" + snapshot + "\"}")
            .getBytes(StandardCharsets.UTF_8);
        yield measure(handler, handler, primed, init, plan, plan);
      }
      case "replay" -> {
        MemoryStateStore state = new MemoryStateStore(Clock.systemUTC());
        state.recordRun(recorded(FIRST_RUN, Files.readAllLines(inputs.resolve("models.txt"))));
        ReplayHandler handler = new ReplayHandler(ReplayWiring.of(state, artifacts, new MemoryVerdicts(), 200, 25));
        yield measure(handler, handler, primed, init,
            ("{\"step\":\"plan\",\"run\":\"" + FIRST_RUN + "\"}").getBytes(StandardCharsets.UTF_8),
            ("{\"step\":\"model\",\"run_id\":\"" + FIRST_RUN + "\",\"position\":0}").getBytes(StandardCharsets.UTF_8));
      }
      default -> throw new IllegalArgumentException(function);
    };
    System.out.println("RESULT " + function + " " + args[1] + " " + line);
  }

  private static final String FIRST_RUN = "run-20260302-120000-000";
  private static final String SECOND_RUN = "run-20260302-130000-000";
  private static final Instant START = Instant.parse("2026-03-02T12:00:00Z");

  /** A finished run of given models, each successful in 250 ms: what the steps after the models read. */
  private static RunRecord recorded(String runId, List<String> models) {
    return RecordedRuns.of(runId, START, START.plusSeconds(2), "measure", models.stream()
        .map(m -> RecordedRuns.execution(m, START, 250, ModelStatus.SUCCESS, 5L, null)).toList());
  }

  private static byte[] postRun(String step, String run, String snapshot) {
    return ((step == null ? "{" : "{\"step\":\"" + step + "\",") + "\"run_id\":\"" + run + "\",\"snapshot_key\":\""
        + snapshot + "\"}").getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] request(String plan, String model) {
    return ("{\"plan_key\":\"" + plan + "\",\"model\":\"" + model + "\",\"run_id\":\"run-20260302-120000-000\"}")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static String measure(JsonStreamHandler<?, ?> handler, Resource hook, boolean primed, long init, byte[] first,
      byte[] second) throws Exception {
    long initNanos = System.nanoTime() - init;
    long priming = 0;
    if (primed) {
      long t = System.nanoTime();
      hook.beforeCheckpoint(null);
      priming = System.nanoTime() - t;
    }
    long t1 = System.nanoTime();
    handler.invoke(first, Invocation.local());
    long firstNanos = System.nanoTime() - t1;
    long t2 = System.nanoTime();
    handler.invoke(second, Invocation.local());
    long secondNanos = System.nanoTime() - t2;
    return "init_ms=" + initNanos / 1_000_000 + " priming_ms=" + priming / 1_000_000
        + " first_ms=" + firstNanos / 1_000_000 + " second_ms=" + secondNanos / 1_000_000;
  }
}
