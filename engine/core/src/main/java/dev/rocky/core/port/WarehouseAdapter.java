package dev.rocky.core.port;

import dev.rocky.core.project.Dialect;
import dev.rocky.core.project.TargetRef;
import dev.rocky.core.types.TypedColumn;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A warehouse the engine runs SQL on. The SQL comes from the planner's renderer, in
 * {@link #dialect()}; an adapter adds none of its own beyond metadata lookups and the optional
 * capabilities.
 *
 * <p>Every failure is a {@link dev.rocky.core.error.RockyException} whose code is a
 * {@link dev.rocky.core.run.ClassifiedErrorCode}: a user error for SQL the warehouse rejects (bad
 * syntax, a type error, a division by zero, a missing table); an external error otherwise, transient
 * (a lock conflict, an I/O error, a dropped connection) or not. Implementations are safe to call
 * from several threads.
 *
 * <p>Optional capabilities are default methods that throw {@link UnsupportedOperationException}
 * naming the capability; an adapter overrides the ones it lists in {@link #capabilities()}.
 */
public interface WarehouseAdapter extends AutoCloseable {

  Dialect dialect();

  /** The optional capabilities this adapter implements. */
  Set<WarehouseCapability> capabilities();

  default boolean supports(WarehouseCapability capability) {
    return capabilities().contains(capability);
  }

  /**
   * The adapter as one model's statements should use it: a view that attributes them to
   * {@code model} where the warehouse can (a query tag per model, for cost) and names the model in
   * its errors. The view shares this adapter's connections; closing it does nothing. By default,
   * this adapter itself.
   */
  default WarehouseAdapter forModel(String model) {
    return this;
  }

  /** Runs one statement (or a script) that returns no rows. */
  ExecutionResult execute(String sql);

  /** Runs a query and reads all of its rows. */
  QueryResult query(String sql);

  /** The columns of a table or view, in order, or empty when it does not exist. */
  Optional<List<TypedColumn>> describeTable(TargetRef table);

  /** Whether a table or view exists. A failure to find out is an error, never "absent". */
  boolean tableExists(TargetRef table);

  /** Runs the statements in one transaction: all of them take effect, or none does. */
  void executeInTransaction(List<String> sqls);

  /**
   * {@link #executeInTransaction}, saying what the statements did together: their duration, and the
   * bytes they scanned and wrote when the warehouse reports them (rows are never counted). By
   * default only the duration is known; adapters that can tell more override this.
   */
  default ExecutionResult executeTransaction(List<String> sqls) {
    long start = System.nanoTime();
    executeInTransaction(sqls);
    return ExecutionResult.of(null, java.time.Duration.ofNanos(System.nanoTime() - start));
  }

  /** The schemas of the current catalog, sorted, without system schemas. */
  List<String> listSchemas();

  /** The tables and views of a schema in the current catalog, sorted by name. */
  List<TargetRef> listTables(String schema);

  /** Releases the connection; later calls fail. */
  @Override
  void close();

  /** {@link WarehouseCapability#CLONE}: makes {@code target} a zero-copy clone of {@code source}. */
  default void cloneTable(TargetRef source, TargetRef target) {
    throw WarehouseCapability.CLONE.unsupportedBy(this);
  }

  /** {@link WarehouseCapability#TIME_TRAVEL}: the rows of {@code table} as they were at {@code asOf}. */
  default QueryResult readTableAsOf(TargetRef table, Instant asOf) {
    throw WarehouseCapability.TIME_TRAVEL.unsupportedBy(this);
  }

  /** {@link WarehouseCapability#QUERY_HISTORY}: queries the warehouse ran since {@code since}. */
  default List<QueryHistoryEntry> queryHistory(Instant since) {
    throw WarehouseCapability.QUERY_HISTORY.unsupportedBy(this);
  }

  /**
   * {@link WarehouseCapability#MASKING}: masks {@code column} with the warehouse function
   * {@code maskFunction} (a qualified name, validated by the adapter).
   */
  default void applyColumnMask(TargetRef table, String column, String maskFunction) {
    throw WarehouseCapability.MASKING.unsupportedBy(this);
  }

  /** {@link WarehouseCapability#GRANTS}: grants a privilege. */
  default void grant(Grant grant) {
    throw WarehouseCapability.GRANTS.unsupportedBy(this);
  }

  /** {@link WarehouseCapability#GRANTS}: revokes a privilege. */
  default void revoke(Grant grant) {
    throw WarehouseCapability.GRANTS.unsupportedBy(this);
  }

  /** {@link WarehouseCapability#GRANTS}: the privileges granted on a table. */
  default List<Grant> grants(TargetRef table) {
    throw WarehouseCapability.GRANTS.unsupportedBy(this);
  }

  /**
   * {@link WarehouseCapability#EXPLAIN}: what the warehouse's planner expects {@code query} (a
   * {@code SELECT}) to read and return, from its {@code EXPLAIN}, without running it. A figure the
   * plan does not give is null; a query the warehouse cannot plan (a table that does not exist yet)
   * fails as {@link #query} would.
   */
  default QueryEstimate explain(String query) {
    throw WarehouseCapability.EXPLAIN.unsupportedBy(this);
  }

  /**
   * {@link WarehouseCapability#CANCEL}: cancels the statements this adapter is running; they fail
   * with a non-transient error. Safe to call from any thread, and a no-op when nothing runs.
   */
  default void cancelRunning() {
    throw WarehouseCapability.CANCEL.unsupportedBy(this);
  }
}
