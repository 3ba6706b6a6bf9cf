package dev.rocky.core.port;

import java.util.Optional;

/**
 * Opaque blobs kept between runs (the compile cache). A store may lose entries at any time;
 * callers treat a missing or unreadable entry as a miss, never as an error.
 */
public interface CacheStore {
  Optional<byte[]> get(String key);

  void put(String key, byte[] bytes);

  /** A store that keeps nothing. */
  CacheStore NONE = new CacheStore() {
    @Override
    public Optional<byte[]> get(String key) {
      return Optional.empty();
    }

    @Override
    public void put(String key, byte[] bytes) {}
  };
}
