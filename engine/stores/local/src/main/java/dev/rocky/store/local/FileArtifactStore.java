package dev.rocky.store.local;

import dev.rocky.core.error.RockyException;
import dev.rocky.core.port.ArtifactStore;
import dev.rocky.core.state.StoreErrorCode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Artifacts as files named by their SHA-256 in a directory (by default the project's
 * {@code .rocky/artifacts}). A put writes a temporary file and moves it into place, so a reader
 * never sees part of an artifact; a get re-hashes what it read. The put does not sync: {@link #sync()}
 * forces the files written since the last sync, then the directory, once for all of them (a run
 * syncs after each layer), instead of one fsync per artifact.
 */
public final class FileArtifactStore implements ArtifactStore {
  /** The artifact directory's place in a project. */
  public static final String DEFAULT_PATH = ".rocky/artifacts";

  private final Path dir;
  private final Queue<Path> unsynced = new ConcurrentLinkedQueue<>();

  public FileArtifactStore(Path dir) {
    this.dir = dir.toAbsolutePath().normalize();
  }

  public static FileArtifactStore forProject(Path projectRoot) {
    return new FileArtifactStore(projectRoot.resolve(DEFAULT_PATH));
  }

  public Path directory() {
    return dir;
  }

  @Override
  public String put(byte[] bytes) {
    String key = ArtifactStore.keyOf(bytes);
    Path file = dir.resolve(key);
    try {
      if (Files.isRegularFile(file) && ArtifactStore.keyOf(Files.readAllBytes(file)).equals(key)) {
        return key;
      }
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, key, ".tmp");
      try {
        try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
          ByteBuffer buffer = ByteBuffer.wrap(bytes);
          while (buffer.hasRemaining()) {
            channel.write(buffer);
          }
        }
        move(tmp, file);
        unsynced.add(file);
      } finally {
        Files.deleteIfExists(tmp);
      }
      return key;
    } catch (IOException e) {
      throw new RockyException(StoreErrorCode.ARTIFACT_UNAVAILABLE, "cannot write artifact " + file + ": " + e, e);
    }
  }

  /**
   * Forces the artifacts written since the last sync to disk, all at once on virtual threads (the
   * file system commits concurrent syncs together), then the directory that names them.
   */
  @Override
  public void sync() {
    List<Path> files = new ArrayList<>();
    for (Path f; (f = unsynced.poll()) != null; ) {
      files.add(f);
    }
    if (files.isEmpty()) {
      return;
    }
    List<Future<?>> forced = new ArrayList<>();
    try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      for (Path f : files) {
        forced.add(threads.submit(() -> force(f)));
      }
    }
    try {
      for (Future<?> f : forced) {
        f.get();
      }
      syncDirectory(dir);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RockyException(StoreErrorCode.ARTIFACT_UNAVAILABLE, "interrupted while syncing artifacts in " + dir, e);
    } catch (ExecutionException | IOException e) {
      Throwable cause = e instanceof ExecutionException x && x.getCause() != null ? x.getCause() : e;
      throw new RockyException(StoreErrorCode.ARTIFACT_UNAVAILABLE, "cannot sync the artifacts in " + dir + ": " + cause, cause);
    }
  }

  private static Void force(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (NoSuchFileException gone) {
      // removed since it was written: nothing to keep
    }
    return null;
  }

  /** Syncs a directory's entries where the platform allows opening a directory (not on Windows). */
  private static void syncDirectory(Path dir) throws IOException {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (AccessDeniedException | UnsupportedOperationException e) {
      // the platform cannot sync a directory; the files themselves are synced
    }
  }

  @Override
  public Optional<byte[]> get(String key) {
    Path file = dir.resolve(ArtifactStore.requireValidKey(key));
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new RockyException(StoreErrorCode.ARTIFACT_UNAVAILABLE, "cannot read artifact " + file + ": " + e, e);
    }
    if (!ArtifactStore.keyOf(bytes).equals(key)) {
      throw new RockyException(StoreErrorCode.ARTIFACT_CORRUPT,
          "artifact " + file + " is corrupt: its bytes no longer hash to " + key + "; delete it and re-run to rebuild it");
    }
    return Optional.of(bytes);
  }

  @Override
  public boolean contains(String key) {
    return Files.isRegularFile(dir.resolve(ArtifactStore.requireValidKey(key)));
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
