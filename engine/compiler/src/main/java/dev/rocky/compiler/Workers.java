package dev.rocky.compiler;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A fixed set of worker threads that pull items from a shared index (no per-item task objects).
 * With one thread, work runs on the caller's thread. Failures are rethrown on the caller's thread.
 */
final class Workers implements AutoCloseable {
  private final int threads;
  private final ExecutorService pool;

  Workers(int threads) {
    this.threads = Math.max(1, threads);
    this.pool = this.threads == 1 ? null : Executors.newFixedThreadPool(this.threads - 1, r -> {
      Thread t = new Thread(r, "rocky-compile");
      t.setDaemon(true);
      return t;
    });
  }

  <T> void forEach(List<T> items, Consumer<T> work) {
    if (pool == null || items.size() < 2) {
      items.forEach(work);
      return;
    }
    AtomicInteger next = new AtomicInteger();
    Runnable drain = () -> {
      for (int i = next.getAndIncrement(); i < items.size(); i = next.getAndIncrement()) {
        work.accept(items.get(i));
      }
    };
    int helpers = Math.min(threads - 1, items.size() - 1);
    Future<?>[] futures = new Future<?>[helpers];
    for (int i = 0; i < helpers; i++) {
      futures[i] = pool.submit(drain);
    }
    RuntimeException failure = null;
    try {
      drain.run();
    } catch (RuntimeException e) {
      failure = e;
    }
    for (Future<?> f : futures) {
      try {
        f.get();
      } catch (ExecutionException e) {
        if (failure == null) {
          failure = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while compiling", e);
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}
