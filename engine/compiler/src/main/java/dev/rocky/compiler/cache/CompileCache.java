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
 *
 * <p>A compile that changed few models writes the blob incrementally: the earlier string table and
 * the bytes of every entry the compile kept as it was read are copied, and only new or changed
 * entries are encoded, with the strings they need appended to the table. The table is written
 * afresh once the appended strings (some of them repeats, some no longer used) pass a quarter of it.
 */
public final class CompileCache {
  public static final String KEY = "compile.bin";
  private static final int MAGIC = 0x524B4343; // "RKCC"
  private static final int FORMAT = 4;
  /** The engine version and this compiler build: a cache from any other build is ignored. */
  static final String ENGINE = RockyVersion.get() + "+" + buildId();

  private CompileCache() {}

  /** The entries as read, with what an incremental write needs of the blob they came from. */
  public static final class Snapshot {
    static final Snapshot EMPTY = new Snapshot(Map.of(), null, Map.of(), 0, 0, 0, 0);

    private final Map<String, CacheEntry> entries;
    private final byte @org.jspecify.annotations.Nullable [] blob;
    private final Map<String, Long> ranges;
    final int stringsFrom;
    final int stringsTo;
    final int stringCount;
    final int freshCount;

    Snapshot(Map<String, CacheEntry> entries, byte @org.jspecify.annotations.Nullable [] blob, Map<String, Long> ranges,
        int stringsFrom, int stringsTo, int stringCount, int freshCount) {
      this.entries = entries;
      this.blob = blob;
      this.ranges = ranges;
      this.stringsFrom = stringsFrom;
      this.stringsTo = stringsTo;
      this.stringCount = stringCount;
      this.freshCount = freshCount;
    }

    /** The entries by model name (a mutable map the caller owns). */
    public Map<String, CacheEntry> entries() {
      return entries;
    }

    /** Whether {@code entry} is the very one read for {@code name}: then its bytes can be copied. */
    boolean kept(String name, CacheEntry entry) {
      return blob != null && entries.get(name) == entry && ranges.containsKey(name);
    }
  }

  public static Snapshot read(CacheStore store) {
    return store.get(KEY).map(CompileCache::decodeSnapshot).orElseGet(CompileCache::empty);
  }

  public static void write(CacheStore store, Map<String, CacheEntry> entries) {
    store.put(KEY, encode(entries));
  }

  /** Writes {@code entries}, copying from {@code previous} what is unchanged since it was read. */
  public static void write(CacheStore store, Map<String, CacheEntry> entries, Snapshot previous) {
    store.put(KEY, encode(entries, previous, ENGINE));
  }

  static byte[] encode(Map<String, CacheEntry> entries) {
    return encode(entries, Snapshot.EMPTY, ENGINE);
  }

  /** The blob as the build {@code engine} would write it. */
  static byte[] encode(Map<String, CacheEntry> entries, String engine) {
    return encode(entries, Snapshot.EMPTY, engine);
  }

  static byte[] encode(Map<String, CacheEntry> entries, Snapshot previous, String engine) {
    boolean incremental = previous.blob != null
        && previous.stringCount - previous.freshCount <= previous.freshCount / 4 + 1024;
    CacheCodec.Writer writer = incremental
        ? new CacheCodec.Writer(1 << 16, previous.stringCount, 1024)
        : new CacheCodec.Writer(Math.max(1 << 16, entries.size() * 512), 0, Math.max(1024, entries.size() * 12));
    int copied = 0;
    int keptBytes = 0;
    long[] kept = incremental ? new long[entries.size()] : new long[0];
    int at = 0;
    for (Map.Entry<String, CacheEntry> e : entries.entrySet()) {
      if (!incremental) {
        writer.entry(e.getKey(), e.getValue());
      } else if (previous.kept(e.getKey(), e.getValue())) {
        long range = previous.ranges.get(e.getKey());
        kept[at++] = range;
        keptBytes += (int) (range & 0xFFFFFFFFL) - (int) (range >>> 32);
        copied++;
      } else {
        kept[at++] = -1;
        writer.entry(e.getKey(), e.getValue());
      }
    }
    if (incremental && copied == 0) {
      // Nothing to copy: a fresh table without the old strings is smaller and as cheap.
      return encode(entries, Snapshot.EMPTY, engine);
    }
    int tableBytes = incremental ? previous.stringsTo - previous.stringsFrom : 0;
    Bytes out = new Bytes(writer.body.size() + keptBytes + tableBytes + 24 * writer.strings.size() + 128);
    out.writeLong(((long) MAGIC << 32) | FORMAT);
    out.writeString(engine);
    out.writeUnsigned(incremental ? previous.freshCount : writer.stringCount());
    out.writeUnsigned(writer.stringCount());
    if (incremental) {
      out.write(previous.blob, previous.stringsFrom, tableBytes);
    }
    for (String s : writer.strings) {
      out.writeString(s);
    }
    out.writeUnsigned(entries.size());
    if (!incremental) {
      out.write(writer.body.array(), 0, writer.body.size());
    } else {
      // Entries in the map's order: copied ones from the old blob, encoded ones from the body in turn.
      int encodedAt = 0;
      int[] ends = writer.entryEnds();
      int next = 0;
      for (long range : kept) {
        if (range >= 0) {
          int from = (int) (range >>> 32);
          out.write(previous.blob, from, (int) (range & 0xFFFFFFFFL) - from);
        } else {
          int end = ends[next++];
          out.write(writer.body.array(), encodedAt, end - encodedAt);
          encodedAt = end;
        }
      }
    }
    out.writeLong(checksum(out.array(), out.size()));
    return out.toArray();
  }

  static Map<String, CacheEntry> decode(byte[] blob) {
    return decodeSnapshot(blob).entries;
  }

  static Snapshot decodeSnapshot(byte[] blob) {
    if (blob.length < 16 || checksum(blob, blob.length - 8) != new Bytes.Reader(blob, blob.length - 8, blob.length)
        .readLong()) {
      return empty();
    }
    try {
      Bytes.Reader in = new Bytes.Reader(blob, 0, blob.length - 8);
      if (in.readLong() != (((long) MAGIC << 32) | FORMAT) || !in.readString().equals(ENGINE)) {
        return empty();
      }
      int fresh = in.readCount();
      int count = in.readCount();
      if (fresh > count) {
        return empty();
      }
      int stringsFrom = in.position();
      String[] strings = new String[count];
      for (int i = 0; i < count; i++) {
        strings[i] = in.readString();
      }
      int stringsTo = in.position();
      CacheCodec.Reader reader = new CacheCodec.Reader(in, strings);
      int n = in.readCount();
      Map<String, CacheEntry> entries = new HashMap<>(n * 2);
      Map<String, Long> ranges = new HashMap<>(n * 2);
      for (int i = 0; i < n; i++) {
        int from = in.position();
        String name = reader.str();
        entries.put(name, reader.entry());
        ranges.put(name, ((long) from << 32) | in.position());
      }
      return in.atEnd() ? new Snapshot(entries, blob, ranges, stringsFrom, stringsTo, count, fresh) : empty();
    } catch (RuntimeException e) {
      return empty(); // corrupt (or written by code that disagrees about the format)
    }
  }

  private static Snapshot empty() {
    return new Snapshot(new HashMap<>(), null, Map.of(), 0, 0, 0, 0);
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
