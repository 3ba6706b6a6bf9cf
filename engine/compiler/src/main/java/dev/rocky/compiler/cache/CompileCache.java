package dev.rocky.compiler.cache;

import dev.rocky.core.RockyVersion;
import dev.rocky.core.port.CacheStore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads and writes the compile cache as one blob ({@value #KEY}): a header (format, engine
 * version and compiler build), the entries by model name, and a SHA-256 of everything before it. Anything that does
 * not read back exactly (another version, a torn write, a flipped bit) is an empty cache: entries
 * are rebuilt, never trusted.
 */
public final class CompileCache {
  public static final String KEY = "compile.bin";
  private static final int MAGIC = 0x524B4343; // "RKCC"
  private static final int FORMAT = 1;
  private static final int DIGEST_BYTES = 32;
  /** The engine version and this compiler build: a cache from any other build is ignored. */
  private static final String ENGINE = RockyVersion.get() + "+" + buildId();

  private CompileCache() {}

  public static Map<String, CacheEntry> read(CacheStore store) {
    return store.get(KEY).map(CompileCache::decode).orElseGet(HashMap::new);
  }

  public static void write(CacheStore store, Map<String, CacheEntry> entries) {
    store.put(KEY, encode(entries));
  }

  static byte[] encode(Map<String, CacheEntry> entries) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
      DataOutputStream out = new DataOutputStream(bytes);
      out.writeInt(MAGIC);
      out.writeInt(FORMAT);
      out.writeUTF(ENGINE);
      out.writeInt(entries.size());
      for (Map.Entry<String, CacheEntry> e : entries.entrySet()) {
        out.writeUTF(e.getKey());
        CacheCodec.write(out, e.getValue());
      }
      out.flush();
      byte[] body = bytes.toByteArray();
      out.write(sha256(body, body.length));
      out.flush();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException("writing to memory cannot fail", e);
    }
  }

  static Map<String, CacheEntry> decode(byte[] blob) {
    Map<String, CacheEntry> entries = new HashMap<>();
    if (blob.length < DIGEST_BYTES + 8) {
      return entries;
    }
    int bodyLength = blob.length - DIGEST_BYTES;
    if (!Arrays.equals(sha256(blob, bodyLength), Arrays.copyOfRange(blob, bodyLength, blob.length))) {
      return entries;
    }
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(blob, 0, bodyLength))) {
      if (in.readInt() != MAGIC || in.readInt() != FORMAT || !in.readUTF().equals(ENGINE)) {
        return entries;
      }
      int n = in.readInt();
      for (int i = 0; i < n; i++) {
        entries.put(in.readUTF(), CacheCodec.read(in));
      }
      return entries;
    } catch (IOException | RuntimeException e) {
      return new HashMap<>();
    }
  }

  private static String buildId() {
    java.util.Properties p = new java.util.Properties();
    try (java.io.InputStream in = CompileCache.class.getResourceAsStream("/dev/rocky/compiler/build.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // no id: every build shares "dev", which only costs correctness across rebuilds in development
    }
    return p.getProperty("build", "dev");
  }

  private static byte[] sha256(byte[] bytes, int length) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(bytes, 0, length);
      return md.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
