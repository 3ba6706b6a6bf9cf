package dev.rocky.testkit;

import dev.rocky.core.port.ProjectSource;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A hand-written fake project source: a map of project-relative path to text. Directories exist
 * when a file lies below them. {@link #unreadable(String)} makes a directory's listing, or a
 * file's read, fail as an unreadable one would on disk.
 */
public final class InMemoryProjectSource implements ProjectSource {
  private final TreeMap<String, String> files = new TreeMap<>();
  private final Set<String> unreadable = new HashSet<>();
  private final String root;

  public InMemoryProjectSource() {
    this("memory:/project");
  }

  public InMemoryProjectSource(String root) {
    this.root = root;
  }

  public static InMemoryProjectSource of(Map<String, String> files) {
    InMemoryProjectSource source = new InMemoryProjectSource();
    files.forEach(source::put);
    return source;
  }

  /** Adds or replaces a file. */
  public InMemoryProjectSource put(String path, String text) {
    files.put(path, text);
    return this;
  }

  public InMemoryProjectSource remove(String path) {
    files.remove(path);
    return this;
  }

  /** Makes listing (a directory) or reading (a file) at {@code path} fail with an IOException. */
  public InMemoryProjectSource unreadable(String path) {
    unreadable.add(path);
    return this;
  }

  /** The files, sorted by path. */
  public Map<String, String> files() {
    return Map.copyOf(files);
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
    if (path.isEmpty()) {
      return true;
    }
    String prefix = path + "/";
    String next = files.ceilingKey(prefix);
    return next != null && next.startsWith(prefix);
  }

  @Override
  public List<String> listFiles(String dir) throws IOException {
    String prefix = dir.isEmpty() ? "" : dir + "/";
    for (String u : unreadable) {
      if ((u.equals(dir) || dir.startsWith(u + "/") || u.startsWith(prefix)) && isDirectory(u)) {
        throw new AccessDeniedException(u, null, "Permission denied");
      }
    }
    return files.keySet().stream().filter(p -> p.startsWith(prefix)).toList();
  }

  @Override
  public String read(String path) throws IOException {
    if (unreadable.contains(path)) {
      throw new AccessDeniedException(path, null, "Permission denied");
    }
    String text = files.get(path);
    if (text == null) {
      throw new NoSuchFileException(path);
    }
    return text;
  }
}
