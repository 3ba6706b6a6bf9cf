package dev.rocky.store.local;

import dev.rocky.core.port.CacheStore;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Cache entries as files in a directory (by default the project's {@code .rocky/cache}). Writes
 * go to a temporary file and are moved into place, so a reader never sees half an entry; any
 * failure to read or write is treated as a miss.
 */
public final class DirectoryCacheStore implements CacheStore {
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._-]{1,128}");
  private final Path dir;

  public DirectoryCacheStore(Path dir) {
    this.dir = dir;
  }

  /** The compile cache of the project at {@code root}: {@code .rocky/cache}. */
  public static DirectoryCacheStore ofProject(Path root) {
    return new DirectoryCacheStore(root.resolve(".rocky").resolve("cache"));
  }

  @Override
  public Optional<byte[]> get(String key) {
    Path file = dir.resolve(checked(key));
    try {
      return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  @Override
  public void put(String key, byte[] bytes) {
    Path file = dir.resolve(checked(key));
    try {
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, key, ".tmp");
      Files.write(tmp, bytes);
      try {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      // A cache that cannot be written is only slower next time.
    }
  }

  private static String checked(String key) {
    if (!KEY.matcher(key).matches()) {
      throw new IllegalArgumentException("invalid cache key: " + key);
    }
    return key;
  }
}
