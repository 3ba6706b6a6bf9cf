package dev.rocky.core.port;

/**
 * Optional abilities of a warehouse. An adapter lists the ones it has in
 * {@link WarehouseAdapter#capabilities()}; the methods of the others fail loudly.
 */
public enum WarehouseCapability {
  /** Zero-copy table clones ({@link WarehouseAdapter#cloneTable}). */
  CLONE("zero-copy table clones"),
  /** Reading a table as of an earlier time ({@link WarehouseAdapter#readTableAsOf}). */
  TIME_TRAVEL("reading a table as of an earlier time"),
  /** The warehouse's own log of executed queries ({@link WarehouseAdapter#queryHistory}). */
  QUERY_HISTORY("query history"),
  /** Column masking policies ({@link WarehouseAdapter#applyColumnMask}). */
  MASKING("column masking"),
  /** Granting and revoking privileges ({@link WarehouseAdapter#grant}, {@link WarehouseAdapter#revoke}). */
  GRANTS("grants"),
  /** Cancelling statements in flight ({@link WarehouseAdapter#cancelRunning}). */
  CANCEL("cancelling running statements"),
  /** The warehouse's own estimate of what a query reads, without running it ({@link WarehouseAdapter#explain}). */
  EXPLAIN("estimating a query with EXPLAIN");

  private final String description;

  WarehouseCapability(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }

  /** The exception a capability method throws on an adapter without the capability. */
  public UnsupportedOperationException unsupportedBy(Object adapter) {
    return new UnsupportedOperationException(
        adapter.getClass().getSimpleName() + " does not support the " + name() + " capability (" + description + ")");
  }
}
