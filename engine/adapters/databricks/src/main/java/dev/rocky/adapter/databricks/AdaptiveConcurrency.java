package dev.rocky.adapter.databricks;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * How many statements may be in flight at once, adapted to what the warehouse accepts (AIMD, as in
 * TCP congestion control): every statement that finishes without throttling adds {@code 1/limit}
 * (about one more slot per round of statements), every throttling halves the limit. The limit stays
 * between 1 and the configured maximum.
 */
final class AdaptiveConcurrency {
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition freed = lock.newCondition();
  private final int max;
  private double limit;
  private int inFlight;

  AdaptiveConcurrency(int initial, int max) {
    if (initial < 1 || max < initial) {
      throw new IllegalArgumentException("need 1 <= initial <= max, got " + initial + ", " + max);
    }
    this.limit = initial;
    this.max = max;
  }

  /** Waits for a slot. */
  void acquire() throws InterruptedException {
    lock.lockInterruptibly();
    try {
      while (inFlight >= (int) limit) {
        freed.await();
      }
      inFlight++;
    } finally {
      lock.unlock();
    }
  }

  void release() {
    lock.lock();
    try {
      inFlight--;
      freed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** Additive increase: a statement went through. */
  void onSuccess() {
    lock.lock();
    try {
      limit = Math.min(max, limit + 1.0 / limit);
      freed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** Multiplicative decrease: the warehouse throttled us. */
  void onThrottle() {
    lock.lock();
    try {
      limit = Math.max(1.0, Math.floor(limit / 2));
    } finally {
      lock.unlock();
    }
  }

  /** The current limit, in whole statements. */
  int limit() {
    lock.lock();
    try {
      return (int) limit;
    } finally {
      lock.unlock();
    }
  }

  int inFlight() {
    lock.lock();
    try {
      return inFlight;
    } finally {
      lock.unlock();
    }
  }
}
