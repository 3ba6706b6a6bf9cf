package dev.rocky.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * The directory a site is written to, counting what is written. A directory is reused only when a
 * previous generation marked it with its manifest ({@value #MARKER}); any other non-empty directory
 * is refused, never cleared. The manifest lists every file with a fingerprint, so that a rebuild
 * rewrites only what changed: a page whose text is the same is not written again, and a graph whose
 * inputs are the same is neither laid out nor written again ({@link #reuse}). At the end, the files
 * of the old site that the new one did not produce are removed ({@link #finish}), so no page of a
 * deleted model lingers.
 */
final class SiteOutput {
  static final String MARKER = ".rocky-catalog";
  private static final String HEADER = "# Written by rocky catalog, which rewrites this whole directory. path, fingerprint, size:";
  /** The directories every site has, even when empty. */
  private static final List<String> KEPT = List.of("models", "sources", "runs", "graph", "search", "assets");
  private final Path root;
  private final AtomicInteger files = new AtomicInteger();
  private final AtomicInteger pages = new AtomicInteger();
  private final AtomicInteger rewritten = new AtomicInteger();
  private final AtomicLong bytes = new AtomicLong();
  private final AtomicLong largest = new AtomicLong();
  private final Set<Path> previous;
  private final Map<String, String[]> before;
  private final Map<String, String[]> after = new ConcurrentHashMap<>();

  private SiteOutput(Path root, Set<Path> previous, Map<String, String[]> before) {
    this.root = root;
    this.previous = previous;
    this.before = before;
  }

  static SiteOutput prepare(Path dir) {
    Path root = dir.toAbsolutePath().normalize();
    Set<Path> previous = new HashSet<>();
    Map<String, String[]> before = new HashMap<>();
    try {
      if (Files.isDirectory(root) && !isEmpty(root)) {
        Path marker = root.resolve(MARKER);
        if (!Files.exists(marker)) {
          throw new CatalogException(CatalogErrorCode.OUTPUT_NOT_CATALOG,
              root + " is not empty and holds no catalog site; refusing to overwrite it",
              "pass --out with an empty or new directory");
        }
        try (Stream<Path> walk = Files.walk(root)) {
          walk.filter(p -> !Files.isDirectory(p)).forEach(previous::add);
        }
        for (String line : Files.readAllLines(marker, StandardCharsets.UTF_8)) {
          String[] f = line.split("\t");
          if (f.length == 3) {
            before.put(f[0], new String[] {f[1], f[2]});
          }
        }
      }
      for (String sub : KEPT) {
        Files.createDirectories(root.resolve(sub));
      }
      Files.writeString(root.resolve(MARKER), HEADER + "\n");
    } catch (IOException e) {
      throw new CatalogException(CatalogErrorCode.OUTPUT_FAILED, "cannot prepare " + root + ": " + e.getMessage(),
          "check that the directory is writable", e);
    }
    return new SiteOutput(root, previous, before);
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.findAny().isEmpty();
    }
  }

  Path root() {
    return root;
  }

  /** Writes a file at {@code path} from the root, unless the same text is there already; an HTML page counts as a page. */
  void write(String path, String text) {
    byte[] data = text.getBytes(StandardCharsets.UTF_8);
    CRC32C crc = new CRC32C();
    crc.update(data);
    store(path, data, "c" + Long.toHexString(crc.getValue()) + "." + data.length);
  }

  /** Writes a file made from inputs fingerprinted as {@code key} (see {@link #reuse}). */
  void write(String path, String text, String key) {
    store(path, text.getBytes(StandardCharsets.UTF_8), "i" + key);
  }

  /**
   * Whether the file at {@code path} was made by the previous site from inputs with the same
   * fingerprint {@code key}, and is still there: then it is kept as it is (and counted).
   */
  boolean reuse(String path, String key) {
    String[] old = before.get(path);
    if (old == null || !old[0].equals("i" + key) || !previous.contains(root.resolve(path))) {
      return false;
    }
    count(path, Long.parseLong(old[1]));
    after.put(path, old);
    return true;
  }

  private void store(String path, byte[] data, String fingerprint) {
    String[] old = before.get(path);
    if (old == null || !old[0].equals(fingerprint) || !previous.contains(root.resolve(path))) {
      try {
        Files.write(root.resolve(path), data);
      } catch (IOException e) {
        throw new CatalogException(CatalogErrorCode.OUTPUT_FAILED, "cannot write " + root.resolve(path) + ": " + e.getMessage(),
            "check the free space and permissions of the output directory", e);
      }
      rewritten.incrementAndGet();
    }
    count(path, data.length);
    after.put(path, new String[] {fingerprint, Integer.toString(data.length)});
  }

  private void count(String path, long size) {
    files.incrementAndGet();
    bytes.addAndGet(size);
    if (path.endsWith(".html")) {
      pages.incrementAndGet();
      largest.accumulateAndGet(size, Math::max);
    }
  }

  /** Removes what the old site had and this one did not produce, then writes the manifest. */
  void finish() {
    try {
      for (Path p : previous) {
        String rel = root.relativize(p).toString().replace('\\', '/');
        if (!after.containsKey(rel) && !rel.equals(MARKER)) {
          Files.deleteIfExists(p);
        }
      }
      try (Stream<Path> walk = Files.walk(root)) {
        for (Path d : walk.filter(Files::isDirectory).sorted(Comparator.reverseOrder()).toList()) {
          if (!d.equals(root) && isEmpty(d) && !KEPT.contains(root.relativize(d).toString())) {
            Files.delete(d);
          }
        }
      }
      StringBuilder manifest = new StringBuilder(HEADER).append('\n');
      new TreeMap<>(after).forEach((path, f) -> manifest.append(path).append('\t').append(f[0]).append('\t').append(f[1]).append('\n'));
      Files.writeString(root.resolve(MARKER), manifest);
    } catch (IOException e) {
      throw new CatalogException(CatalogErrorCode.OUTPUT_FAILED, "cannot finish the site in " + root + ": " + e.getMessage(),
          "check the permissions of the output directory", e);
    }
  }

  int files() {
    return files.get();
  }

  int pages() {
    return pages.get();
  }

  /** Files actually written this time (the others were already there, unchanged). */
  int rewritten() {
    return rewritten.get();
  }

  long bytes() {
    return bytes.get();
  }

  long largestPage() {
    return largest.get();
  }
}
