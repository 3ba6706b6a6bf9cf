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
 * dbt projects bundled under {@code dbt/<name>/} on the test classpath, for the import-dbt tests:
 * {@code jaffle_shop}, a jaffle-shop-shaped project (seeds for customers, orders and payments;
 * staging models on {@code ref} and {@code source}; marts with a var, an ephemeral model,
 * incremental models with {@code is_incremental()}, a Jinja loop, generic and unit tests).
 */
public final class DbtProjects {
  public static final String JAFFLE_SHOP = "jaffle_shop";

  private DbtProjects() {}

  /** The project's files as an in-memory project source. */
  public static InMemoryProjectSource open(String name) {
    InMemoryProjectSource source = new InMemoryProjectSource("memory:/dbt/" + name);
    files(name).forEach(source::put);
    return source;
  }

  /** Copies the project into {@code target} (created if needed) and returns {@code target}. */
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

  /** The project's files by project-relative path, sorted. */
  public static Map<String, String> files(String name) {
    String base = "/dbt/" + name;
    URL marker = DbtProjects.class.getResource(base + "/dbt_project.yml");
    if (marker == null) {
      throw new IllegalArgumentException("no dbt project '" + name + "' on the classpath");
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
      out.put(root.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "/"),
          Files.readString(f, StandardCharsets.UTF_8));
    }
    return out;
  }
}
