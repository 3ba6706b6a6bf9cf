package dev.rocky.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Fixture projects bundled under {@code projects/<name>/} on the test classpath (for example
 * {@code shop}, an e-commerce medallion project on DuckDB). Open one in memory, or copy it to a
 * directory to run against files on disk.
 */
public final class TestProjects {
  /** The e-commerce fixture: raw sources, staging, intermediate and mart models on DuckDB. */
  public static final String SHOP = "shop";

  /** The binder's fixture: typed raw sources and 37 models exercising every SQL construct. */
  public static final String TYPED = "typed";

  /** One value through a CTE over a star, a window, a UNION, a CASE and an aggregate; plus an unresolved star. */
  public static final String LINEAGE = "lineage";

  /** Classified people data on DuckDB: five classified columns (one inherited, one tag with no strategy), grants, roles. */
  public static final String GOVERNED = "governed";

  private TestProjects() {}

  /** The fixture's files as an in-memory project source. */
  public static InMemoryProjectSource open(String name) {
    InMemoryProjectSource source = new InMemoryProjectSource("memory:/" + name);
    files(name).forEach(source::put);
    return source;
  }

  /** Copies the fixture into {@code target} (created if needed) and returns {@code target}. */
  public static Path copyTo(String name, Path target) {
    try {
      for (Map.Entry<String, String> e : files(name).entrySet()) {
        Path file = target.resolve(e.getKey());
        Files.createDirectories(file.getParent());
        Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The fixture's files by project-relative path, sorted. */
  public static Map<String, String> files(String name) {
    String base = "/projects/" + name;
    URL marker = TestProjects.class.getResource(base + "/rocky.toml");
    if (marker == null) {
      throw new IllegalArgumentException("no fixture project '" + name + "' on the classpath");
    }
    try {
      URI uri = marker.toURI();
      if (uri.getScheme().equals("jar")) {
        FileSystem fs;
        try {
          fs = FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
          fs = FileSystems.getFileSystem(uri);
        }
        return read(fs.getPath(base));
      }
      return read(Path.of(uri).getParent());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, String> read(Path root) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path f : files) {
      String relative = root.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "/");
      out.put(relative, Files.readString(f, StandardCharsets.UTF_8));
    }
    return out;
  }
}
