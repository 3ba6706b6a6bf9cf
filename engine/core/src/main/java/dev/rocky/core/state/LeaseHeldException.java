package dev.rocky.core.state;

import dev.rocky.core.error.RockyException;

/** Thrown when a run lease is requested while another owner holds it. */
public class LeaseHeldException extends RockyException {
  private static final long serialVersionUID = 1L;
  private final transient RunLease holder;

  public LeaseHeldException(RunLease holder) {
    super(StoreErrorCode.STATE_LEASE_HELD, "another run is in progress for this project: the run lease is held by '"
        + holder.owner() + "' since " + holder.acquiredAt() + " until " + holder.expiresAt()
        + " (a lease of a process that died lapses at that time)");
    this.holder = holder;
  }

  /** The lease that is in the way. */
  public RunLease holder() {
    return holder;
  }
}
