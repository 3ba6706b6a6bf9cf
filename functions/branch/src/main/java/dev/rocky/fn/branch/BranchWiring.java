package dev.rocky.fn.branch;

import dev.rocky.adapter.duckdb.DuckDbAdapter;
import dev.rocky.app.branch.PromotionService;
import dev.rocky.core.port.ArtifactStore;
import dev.rocky.core.port.StateStore;
import dev.rocky.core.port.WarehouseAdapter;
import dev.rocky.fn.compile.SnapshotProjects;
import dev.rocky.fn.compile.Snapshots;
import dev.rocky.fn.support.AwsStores;
import dev.rocky.fn.support.Env;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The branch function's composition root: branches, runs, promotions and watermarks in DynamoDB,
 * snapshots and recipes in S3, and the warehouse the branch was built in (DuckDB, on the file
 * {@code ROCKY_DUCKDB_PATH}, {@code /tmp/rocky.duckdb} by default, as the execute function's),
 * opened on the first invocation rather than at init, so that no open database is part of a
 * SnapStart snapshot.
 *
 * @param primeClients one harmless real call per client; nothing for in-memory wirings
 */
public record BranchWiring(Promoter promoter, Runnable primeClients) {

  public static BranchWiring fromEnvironment(Env env) {
    Clock clock = Clock.systemUTC();
    AwsStores stores = AwsStores.fromEnvironment(env, clock);
    Path database = Path.of(env.get("ROCKY_DUCKDB_PATH", "/tmp/rocky.duckdb"));
    BranchWiring wiring = of(() -> DuckDbAdapter.open(database), stores.state(), stores.artifacts(),
        Snapshots.of(stores.artifacts(), stores.objects()), clock);
    return new BranchWiring(wiring.promoter(), stores::prime);
  }

  /** A wiring on given stores, snapshots and warehouse; the warehouse is opened on first use. */
  public static BranchWiring of(Supplier<WarehouseAdapter> warehouse, StateStore state, ArtifactStore artifacts,
      Snapshots snapshots, Clock clock) {
    Supplier<PromotionService> service = new Supplier<>() {
      private @Nullable PromotionService opened;

      @Override
      public synchronized PromotionService get() {
        if (opened == null) {
          opened = new PromotionService(state, artifacts, warehouse.get(), clock);
        }
        return opened;
      }
    };
    return new BranchWiring(new Promoter(SnapshotProjects.of(snapshots), service), () -> {});
  }
}
