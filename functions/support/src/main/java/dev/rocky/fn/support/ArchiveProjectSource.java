package dev.rocky.fn.support;

import dev.rocky.core.port.ProjectSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A project read from a snapshot archive held in memory (see {@link ProjectArchive}). */
public final class ArchiveProjectSource implements ProjectSource {
  private final String root;
  private final TreeMap<String, byte[]> files;

  public ArchiveProjectSource(String root, Map<String, byte[]> files) {
    this.root = root;
    this.files = new TreeMap<>(files);
  }

  /** @throws IllegalArgumentException when the bytes are not a readable archive */
  public static ArchiveProjectSource of(String root, byte[] archive) {
    return new ArchiveProjectSource(root, ProjectArchive.read(archive));
  }

  @Override
  public String root() {
    return root;
  }

  @Override
  public boolean isFile(String path) {
    return files.containsKey(path);
  }

  @Override
  public boolean isDirectory(String path) {
    String prefix = prefix(path);
    String next = files.ceilingKey(prefix);
    return next != null && next.startsWith(prefix);
  }

  @Override
  public List<String> listFiles(String dir) {
    String prefix = prefix(dir);
    return files.tailMap(prefix, true).keySet().stream().takeWhile(p -> p.startsWith(prefix)).toList();
  }

  @Override
  public String read(String path) throws IOException {
    byte[] bytes = files.get(path);
    if (bytes == null) {
      throw new NoSuchFileException(root + "/" + path);
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static String prefix(String dir) {
    String d = dir.replace('\\', '/');
    while (d.endsWith("/")) {
      d = d.substring(0, d.length() - 1);
    }
    return d.isEmpty() || d.equals(".") ? "" : d + "/";
  }
}
