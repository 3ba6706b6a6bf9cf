package dev.rocky.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rocky.core.error.RockyException;
import dev.rocky.core.port.Grant;
import dev.rocky.core.port.WarehouseAdapter;
import dev.rocky.core.port.WarehouseCapability;
import dev.rocky.core.project.TargetRef;
import dev.rocky.core.run.Failures;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Capability gating, the base of {@link WarehouseAdapterContract}: a capability an adapter does
 * not list fails loudly and names itself; one it lists is really implemented. Owns the adapter's
 * lifecycle and the scratch schema's name.
 */
public abstract class WarehouseCapabilityContract implements WarehouseFixture {
  private static final TargetRef SOME_TABLE = new TargetRef(null, "rocky_contract", "t");
  private static final Map<WarehouseCapability, Consumer<WarehouseAdapter>> CALLS = new EnumMap<>(Map.of(
      WarehouseCapability.CLONE, a -> a.cloneTable(SOME_TABLE, SOME_TABLE),
      WarehouseCapability.TIME_TRAVEL, a -> a.readTableAsOf(SOME_TABLE, Instant.EPOCH),
      WarehouseCapability.QUERY_HISTORY, a -> a.queryHistory(Instant.EPOCH),
      WarehouseCapability.MASKING, a -> a.applyColumnMask(SOME_TABLE, "c", "masks.redact"),
      WarehouseCapability.GRANTS, a -> a.grant(new Grant("analysts", "SELECT", SOME_TABLE)),
      WarehouseCapability.CANCEL, WarehouseAdapter::cancelRunning,
      WarehouseCapability.EXPLAIN, a -> a.explain("SELECT 1 AS one")));
  private static final Map<WarehouseCapability, List<String>> METHODS = new EnumMap<>(Map.of(
      WarehouseCapability.CLONE, List.of("cloneTable"),
      WarehouseCapability.TIME_TRAVEL, List.of("readTableAsOf"),
      WarehouseCapability.QUERY_HISTORY, List.of("queryHistory"),
      WarehouseCapability.MASKING, List.of("applyColumnMask"),
      WarehouseCapability.GRANTS, List.of("grant", "revoke", "grants"),
      WarehouseCapability.CANCEL, List.of("cancelRunning"),
      WarehouseCapability.EXPLAIN, List.of("explain")));

  protected WarehouseAdapter adapter;

  /** A new adapter on an empty (or disposable) database. */
  protected abstract WarehouseAdapter newAdapter();

  /** A query that runs for minutes unless cancelled; needed only with {@link WarehouseCapability#CANCEL}. */
  protected String longRunningQuerySql() {
    throw new UnsupportedOperationException("override longRunningQuerySql() to test CANCEL");
  }

  /** The schema the contract creates and drops. */
  @Override
  public String scratchSchema() {
    return "rocky_contract";
  }

  @Override
  public final WarehouseAdapter adapter() {
    return adapter;
  }

  @Override
  public ContractDialect contractDialect() {
    return ContractDialect.DEFAULT;
  }

  @BeforeEach
  void openAdapter() {
    adapter = newAdapter();
  }

  @AfterEach
  void closeAdapter() {
    adapter.close();
  }

  @Test
  void everyCapabilityIsCoveredByThisContract() {
    assertThat(CALLS.keySet()).isEqualTo(EnumSet.allOf(WarehouseCapability.class));
    assertThat(METHODS.keySet()).isEqualTo(EnumSet.allOf(WarehouseCapability.class));
  }

  @Test
  void anUnlistedCapabilityFailsLoudlyNamingItself() {
    for (WarehouseCapability capability : EnumSet.complementOf(enumSet(adapter.capabilities()))) {
      assertThat(adapter.supports(capability)).isFalse();
      assertThatThrownBy(() -> CALLS.get(capability).accept(adapter)).as(capability.name())
          .isInstanceOf(UnsupportedOperationException.class)
          .hasMessageContaining(capability.name());
    }
  }

  @Test
  void aListedCapabilityIsImplemented() {
    for (WarehouseCapability capability : adapter.capabilities()) {
      for (String name : METHODS.get(capability)) {
        Method method = List.of(WarehouseAdapter.class.getMethods()).stream()
            .filter(m -> m.getName().equals(name)).findFirst().orElseThrow();
        try {
          Method actual = adapter.getClass().getMethod(name, method.getParameterTypes());
          assertThat(actual.getDeclaringClass()).as(capability + " needs " + name).isNotEqualTo(WarehouseAdapter.class);
        } catch (NoSuchMethodException e) {
          throw new AssertionError(e);
        }
      }
    }
  }

  @Test
  void cancellingStopsARunningQueryWithAPermanentError() throws Exception {
    assumeTrue(adapter.supports(WarehouseCapability.CANCEL), "the adapter cannot cancel");
    adapter.cancelRunning();
    CompletableFuture<Object> running = CompletableFuture.supplyAsync(() -> adapter.query(longRunningQuerySql()));
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!running.isDone() && System.nanoTime() < deadline) {
      Thread.sleep(100);
      adapter.cancelRunning();
    }

    assertThatThrownBy(() -> running.get(1, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
        .cause().isInstanceOfSatisfying(RockyException.class, e -> assertThat(Failures.isTransient(e)).isFalse());
    assertThat(adapter.query("SELECT 1 AS one").single()).isNotNull();
  }

  private static EnumSet<WarehouseCapability> enumSet(java.util.Set<WarehouseCapability> set) {
    return set.isEmpty() ? EnumSet.noneOf(WarehouseCapability.class) : EnumSet.copyOf(set);
  }
}
