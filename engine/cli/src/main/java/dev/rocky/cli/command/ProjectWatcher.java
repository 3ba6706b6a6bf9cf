package dev.rocky.cli.command;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * Tells which files of a project changed: every directory under the root is watched, except
 * hidden ones ({@code .rocky}, {@code .git}) and {@code target}; directories created later are
 * watched from then on. Changes that arrive together (an editor's save, a {@code git checkout})
 * come back as one set.
 */
final class ProjectWatcher implements AutoCloseable {
  /** How long a burst of changes may go on: changes within this of each other form one set. */
  static final Duration SETTLE = Duration.ofMillis(50);

  private final Path root;
  private final WatchService service;
  private final Map<WatchKey, Path> directories = new HashMap<>();

  ProjectWatcher(Path root) throws IOException {
    this.root = root;
    this.service = FileSystems.getDefault().newWatchService();
    register(root);
  }

  /**
   * Waits for the next changes and returns the changed paths, relative to the root and sorted.
   *
   * @throws InterruptedException when the waiting thread is interrupted (the watch ends)
   */
  SortedSet<String> awaitChanges() throws InterruptedException {
    SortedSet<String> changed = new TreeSet<>();
    WatchKey key = service.take();
    while (key != null) {
      collect(key, changed);
      key = service.poll(SETTLE.toMillis(), TimeUnit.MILLISECONDS);
    }
    return changed;
  }

  private void collect(WatchKey key, SortedSet<String> changed) {
    Path dir = directories.get(key);
    for (WatchEvent<?> event : key.pollEvents()) {
      if (dir == null || !(event.context() instanceof Path name)) {
        continue; // an overflow: the next compile reads every file anyway
      }
      Path path = dir.resolve(name);
      if (ignored(name)) {
        continue;
      }
      if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
        try {
          register(path);
        } catch (IOException e) {
          // a directory removed as soon as it was made: nothing in it to compile
        }
      }
      changed.add(root.relativize(path).toString().replace('\\', '/'));
    }
    if (!key.reset()) {
      directories.remove(key);
    }
  }

  private void register(Path start) throws IOException {
    Files.walkFileTree(start, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
        if (!dir.equals(root) && ignored(dir.getFileName())) {
          return FileVisitResult.SKIP_SUBTREE;
        }
        directories.put(dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
            StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE), dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }

  private static boolean ignored(Path name) {
    String n = name.toString();
    return n.startsWith(".") || n.equals("target") || n.endsWith("~");
  }

  @Override
  public void close() throws IOException {
    try {
      service.close();
    } catch (ClosedWatchServiceException e) {
      // already closed
    }
  }
}
