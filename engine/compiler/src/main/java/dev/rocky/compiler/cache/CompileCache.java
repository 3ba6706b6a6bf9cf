package dev.rocky.compiler.cache;

import dev.rocky.core.RockyVersion;
import dev.rocky.core.port.CacheStore;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * Reads and writes the compile cache as one blob ({@value #KEY}): a header (format, engine version
 * and compiler build), a table of every string the entries use, the entries by model name (see
 * {@link CacheCodec}), and a CRC-32C of everything before it. Anything that does not read back
 * exactly (another version or build, a torn write, a flipped bit) is an empty cache: entries are
 * rebuilt, never trusted. The checksum guards against damage, not tampering; the blob lives in the
 * project's own {@code .rocky} directory.
 */
public final class CompileCache {
  public static final String KEY = "compile.bin";
  private static final int MAGIC = 0x524B4343; // "RKCC"
  private static final int FORMAT = 2;
  /** The engine version and this compiler build: a cache from any other build is ignored. */
  static final String ENGINE = RockyVersion.get() + "+" + buildId();

  private CompileCache() {}

  public static Map<String, CacheEntry> read(CacheStore store) {
    return store.get(KEY).map(CompileCache::decode).orElseGet(HashMap::new);
  }

  public static void write(CacheStore store, Map<String, CacheEntry> entries) {
    store.put(KEY, encode(entries));
  }

  static byte[] encode(Map<String, CacheEntry> entries) {
    return encode(entries, ENGINE);
  }

  /** The blob as the build {@code engine} would write it. */
  static byte[] encode(Map<String, CacheEntry> entries, String engine) {
    CacheCodec.Writer writer = new CacheCodec.Writer();
    for (Map.Entry<String, CacheEntry> e : entries.entrySet()) {
      writer.entry(e.getKey(), e.getValue());
    }
    Bytes out = new Bytes(writer.body.size() + 64 * writer.strings.size() + 64);
    out.writeLong(((long) MAGIC << 32) | FORMAT);
    out.writeString(engine);
    out.writeUnsigned(writer.strings.size());
    for (String s : writer.strings) {
      out.writeString(s);
    }
    out.writeUnsigned(entries.size());
    out.write(writer.body.array(), 0, writer.body.size());
    out.writeLong(checksum(out.array(), out.size()));
    return out.toArray();
  }

  static Map<String, CacheEntry> decode(byte[] blob) {
    if (blob.length < 16 || checksum(blob, blob.length - 8) != new Bytes.Reader(blob, blob.length - 8, blob.length)
        .readLong()) {
      return new HashMap<>();
    }
    try {
      Bytes.Reader in = new Bytes.Reader(blob, 0, blob.length - 8);
      if (in.readLong() != (((long) MAGIC << 32) | FORMAT) || !in.readString().equals(ENGINE)) {
        return new HashMap<>();
      }
      int count = in.readCount();
      String[] strings = new String[count];
      for (int i = 0; i < count; i++) {
        strings[i] = in.readString();
      }
      CacheCodec.Reader reader = new CacheCodec.Reader(in, strings);
      int n = in.readCount();
      Map<String, CacheEntry> entries = new HashMap<>(n * 2);
      for (int i = 0; i < n; i++) {
        String name = reader.str();
        entries.put(name, reader.entry());
      }
      return in.atEnd() ? entries : new HashMap<>();
    } catch (RuntimeException e) {
      return new HashMap<>(); // corrupt (or written by code that disagrees about the format)
    }
  }

  private static long checksum(byte[] bytes, int length) {
    CRC32C crc = new CRC32C();
    crc.update(bytes, 0, length);
    return crc.getValue();
  }

  private static String buildId() {
    java.util.Properties p = new java.util.Properties();
    try (java.io.InputStream in = CompileCache.class.getResourceAsStream("/dev/rocky/compiler/build.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (java.io.IOException e) {
      // no id: every build shares "dev", which only costs correctness across rebuilds in development
    }
    return p.getProperty("build", "dev");
  }
}
