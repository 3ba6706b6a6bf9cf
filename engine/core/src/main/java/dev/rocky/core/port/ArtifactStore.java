package dev.rocky.core.port;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Content-addressed blobs (compiled bundles, run outputs): the key of some bytes is the lower-case
 * hex SHA-256 of those bytes, so a put is idempotent and a get can prove what it returns.
 */
public interface ArtifactStore {

  /**
   * Stores {@code bytes} and returns their key. Storing the same bytes again changes nothing. A put
   * may be durable only after the next {@link #sync()}; a reader never sees part of an artifact.
   */
  String put(byte[] bytes);

  /**
   * Makes every artifact put so far durable (survive a crash of the machine). A store whose puts are
   * durable at once does nothing. An artifact lost or torn by a crash before its sync is caught by
   * the check of {@link #get}, and a later put of the same bytes writes it again.
   */
  default void sync() {}

  /**
   * The bytes stored under {@code key}, checked against it; empty when nothing is stored there.
   *
   * @throws dev.rocky.core.error.RockyException with {@code ARTIFACT_CORRUPT} when the stored bytes
   *     do not hash to {@code key}
   * @throws IllegalArgumentException when {@code key} is not 64 lower-case hex characters
   */
  Optional<byte[]> get(String key);

  /** Whether something is stored under {@code key} (without reading or checking it). */
  boolean contains(String key);

  /** The key of {@code bytes}: their SHA-256, 64 lower-case hex characters. */
  static String keyOf(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /** Returns {@code key} if it is a well-formed artifact key. */
  static String requireValidKey(String key) {
    boolean valid = key.length() == 64 && key.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
    if (!valid) {
      throw new IllegalArgumentException("not an artifact key (64 lower-case hex characters): " + key);
    }
    return key;
  }
}
