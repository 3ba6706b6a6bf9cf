package dev.rocky.fn.execute;

import dev.rocky.adapter.duckdb.DuckDbAdapter;
import dev.rocky.app.execute.ExecuteService;
import dev.rocky.app.execute.RetryPolicy;
import dev.rocky.app.execute.Sleeper;
import dev.rocky.core.port.ArtifactStore;
import dev.rocky.core.port.StateStore;
import dev.rocky.core.port.WarehouseAdapter;
import dev.rocky.fn.support.AwsStores;
import dev.rocky.fn.support.Env;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * The execute function's composition root: state in DynamoDB, plans in S3, the warehouse (DuckDB,
 * on the file {@code ROCKY_DUCKDB_PATH}, {@code /tmp/rocky.duckdb} by default), opened on the first
 * invocation rather than at init, so that no open database is part of a SnapStart snapshot.
 *
 * @param primeClients one harmless real call per client; nothing for in-memory wirings
 */
public record ExecuteWiring(ModelExecutor executor, Runnable primeClients) {

  public static ExecuteWiring fromEnvironment(Env env) {
    Clock clock = Clock.systemUTC();
    AwsStores stores = AwsStores.fromEnvironment(env, clock);
    Path database = Path.of(env.get("ROCKY_DUCKDB_PATH", "/tmp/rocky.duckdb"));
    return new ExecuteWiring(executor(() -> DuckDbAdapter.open(database), stores.state(), stores.artifacts(), clock),
        stores::prime);
  }

  /** A wiring on given stores and warehouse; the warehouse is opened on first use. */
  public static ExecuteWiring of(Supplier<WarehouseAdapter> warehouse, StateStore state, ArtifactStore artifacts,
      Clock clock) {
    return new ExecuteWiring(executor(warehouse, state, artifacts, clock), () -> {});
  }

  private static ModelExecutor executor(Supplier<WarehouseAdapter> warehouse, StateStore state, ArtifactStore artifacts,
      Clock clock) {
    Supplier<ExecuteService> service = new Once<>(() -> new ExecuteService(warehouse.get(), state, clock,
        RetryPolicy.DEFAULT, Sleeper.SYSTEM, new FreshJitter()));
    return new ModelExecutor(service, state, artifacts, clock);
  }

  /** A supplier that computes its value on first use, once. */
  private static final class Once<T> implements Supplier<T> {
    private final Supplier<T> compute;
    private volatile T value;

    Once(Supplier<T> compute) {
      this.compute = compute;
    }

    @Override
    public synchronized T get() {
      T v = value;
      if (v == null) {
        v = compute.get();
        value = v;
      }
      return v;
    }
  }
}
