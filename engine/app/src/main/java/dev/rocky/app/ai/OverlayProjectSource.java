package dev.rocky.app.ai;

import dev.rocky.core.port.ProjectSource;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A project as it would be with some files added or replaced: the files of {@code base}, and
 * {@code files} (project-relative path to text) over them, held in memory only.
 */
public final class OverlayProjectSource implements ProjectSource {
  private final ProjectSource base;
  private final Map<String, String> files;

  public OverlayProjectSource(ProjectSource base, Map<String, String> files) {
    this.base = base;
    this.files = Map.copyOf(files);
  }

  @Override
  public String root() {
    return base.root();
  }

  @Override
  public boolean isFile(String path) {
    return files.containsKey(path) || base.isFile(path);
  }

  @Override
  public boolean isDirectory(String path) {
    if (base.isDirectory(path)) {
      return true;
    }
    String prefix = path.isEmpty() ? "" : path + "/";
    return files.keySet().stream().anyMatch(f -> f.startsWith(prefix));
  }

  @Override
  public List<String> listFiles(String dir) throws IOException {
    TreeSet<String> out = new TreeSet<>();
    if (base.isDirectory(dir)) {
      out.addAll(base.listFiles(dir));
    }
    String prefix = dir.isEmpty() ? "" : dir + "/";
    files.keySet().stream().filter(f -> f.startsWith(prefix)).forEach(out::add);
    return new ArrayList<>(out);
  }

  @Override
  public String read(String path) throws IOException {
    String text = files.get(path);
    return text != null ? text : base.read(path);
  }

  @Override
  public @Nullable String version(String path) {
    return files.containsKey(path) ? null : base.version(path);
  }
}
