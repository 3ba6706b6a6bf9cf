package dev.rocky.fn.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads a project snapshot: a zip, a tar or a gzipped tar (what {@code git archive} and CI
 * produce), recognised by its first bytes. Returns regular files by '/'-separated path; when every
 * file sits under one top-level directory without a {@code rocky.toml} at the root, that directory
 * is taken as the root. Sizes are capped, so a snapshot cannot expand beyond a function's memory.
 */
public final class ProjectArchive {
  /** The most a snapshot may expand to. */
  public static final long MAX_EXPANDED_BYTES = 256L << 20;
  private static final int MAX_FILES = 50_000;

  private ProjectArchive() {}

  /** @throws IllegalArgumentException when the bytes are not such an archive, or too large */
  public static Map<String, byte[]> read(byte[] archive) {
    try {
      Map<String, byte[]> files = isZip(archive) ? unzip(archive)
          : isGzip(archive) ? Tar.read(new GZIPInputStream(new ByteArrayInputStream(archive)), MAX_EXPANDED_BYTES, MAX_FILES)
          : Tar.isTar(archive) ? Tar.read(new ByteArrayInputStream(archive), MAX_EXPANDED_BYTES, MAX_FILES)
          : null;
      if (files == null) {
        throw new IllegalArgumentException("not a zip, tar or tar.gz archive");
      }
      return stripSingleTopDirectory(files);
    } catch (IOException e) {
      throw new IllegalArgumentException("unreadable archive: " + e.getMessage(), e);
    }
  }

  private static boolean isZip(byte[] b) {
    return b.length >= 4 && b[0] == 'P' && b[1] == 'K' && (b[2] == 3 || b[2] == 5) && (b[3] == 4 || b[3] == 6);
  }

  private static boolean isGzip(byte[] b) {
    return b.length >= 2 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b;
  }

  private static Map<String, byte[]> unzip(byte[] archive) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    long total = 0;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive), StandardCharsets.UTF_8)) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (entry.isDirectory()) {
          continue;
        }
        byte[] bytes = readCapped(zip, MAX_EXPANDED_BYTES - total);
        total += bytes.length;
        put(files, entry.getName(), bytes);
      }
    }
    return files;
  }

  static byte[] readCapped(InputStream in, long left) throws IOException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, left + 1));
    if (bytes.length > left) {
      throw new IllegalArgumentException("the archive expands beyond " + MAX_EXPANDED_BYTES + " bytes");
    }
    return bytes;
  }

  /** Adds a file under its normalized path; refuses paths that leave the root. */
  static void put(Map<String, byte[]> files, String rawPath, byte[] bytes) {
    String path = rawPath.replace('\\', '/');
    while (path.startsWith("./")) {
      path = path.substring(2);
    }
    if (path.startsWith("/") || path.equals("..") || path.startsWith("../") || path.contains("/../")) {
      throw new IllegalArgumentException("the archive has a path outside the project: " + rawPath);
    }
    if (path.isEmpty() || path.endsWith("/")) {
      return;
    }
    if (files.size() >= MAX_FILES) {
      throw new IllegalArgumentException("the archive has more than " + MAX_FILES + " files");
    }
    files.put(path, bytes);
  }

  private static Map<String, byte[]> stripSingleTopDirectory(Map<String, byte[]> files) {
    if (files.isEmpty() || files.containsKey("rocky.toml")) {
      return files;
    }
    String first = files.keySet().iterator().next();
    int slash = first.indexOf('/');
    if (slash < 0) {
      return files;
    }
    String top = first.substring(0, slash + 1);
    if (!files.keySet().stream().allMatch(p -> p.startsWith(top))) {
      return files;
    }
    Map<String, byte[]> stripped = new TreeMap<>();
    files.forEach((path, bytes) -> stripped.put(path.substring(top.length()), bytes));
    return stripped;
  }
}
