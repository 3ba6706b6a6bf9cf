package dev.rocky.compiler.load;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

/** Runs independent tasks 0..n-1 on the caller's thread and, for larger batches, helper threads. */
final class Parallel {
  private Parallel() {}

  private static final int MIN_PER_THREAD = 64;

  static void forEach(int n, IntConsumer task) {
    int threads = Math.min(Runtime.getRuntime().availableProcessors(), Math.max(1, n / MIN_PER_THREAD));
    AtomicInteger next = new AtomicInteger();
    AtomicReference<RuntimeException> failure = new AtomicReference<>();
    Runnable worker = () -> {
      for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
        try {
          task.accept(i);
        } catch (RuntimeException e) {
          failure.compareAndSet(null, e);
          next.set(n);
        }
      }
    };
    Thread[] helpers = new Thread[threads - 1];
    for (int t = 0; t < helpers.length; t++) {
      helpers[t] = new Thread(worker, "rocky-load");
      helpers[t].setDaemon(true);
      helpers[t].start();
    }
    worker.run();
    for (Thread t : helpers) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while loading", e);
      }
    }
    if (failure.get() != null) {
      throw failure.get();
    }
  }
}
