package dev.rocky.compiler.load;

import dev.rocky.core.port.ProjectSource;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * A project source that can read many files ahead, in parallel (a cold JVM spends most of a small
 * file's read in interpreted NIO code, so two readers nearly halve the time), and then serves each
 * prefetched text once from memory. Reads of files that were not prefetched, and failed prefetches,
 * go to the underlying source, so errors surface where the loader reads, as before.
 */
final class PrefetchingSource implements ProjectSource {
  private final ProjectSource source;
  private final Map<String, String> texts = new ConcurrentHashMap<>();

  PrefetchingSource(ProjectSource source) {
    this.source = source;
  }

  /** Reads {@code paths} with up to {@code threads} threads (the caller's included). */
  void prefetch(List<String> paths, int threads) {
    AtomicInteger next = new AtomicInteger();
    Runnable reader = () -> {
      for (int i = next.getAndIncrement(); i < paths.size(); i = next.getAndIncrement()) {
        String path = paths.get(i);
        try {
          texts.put(path, source.read(path));
        } catch (IOException | RuntimeException e) {
          // read again (and reported) when the loader asks for it
        }
      }
    };
    int helpers = Math.max(0, Math.min(threads, paths.size() / 64) - 1);
    Thread[] started = new Thread[helpers];
    for (int t = 0; t < helpers; t++) {
      started[t] = new Thread(reader, "rocky-read");
      started[t].setDaemon(true);
      started[t].start();
    }
    reader.run();
    for (Thread t : started) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  @Override
  public String read(String path) throws IOException {
    String text = texts.remove(path);
    return text != null ? text : source.read(path);
  }

  @Override
  public @Nullable String version(String path) {
    return source.version(path);
  }

  @Override
  public String root() {
    return source.root();
  }

  @Override
  public boolean isFile(String path) {
    return texts.containsKey(path) || source.isFile(path);
  }

  @Override
  public boolean isDirectory(String path) {
    return source.isDirectory(path);
  }

  @Override
  public List<String> listFiles(String dir) throws IOException {
    return source.listFiles(dir);
  }
}
