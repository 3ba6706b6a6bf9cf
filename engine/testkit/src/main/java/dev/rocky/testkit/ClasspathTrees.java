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

/** Directory trees bundled on the test classpath (in a jar or a classes folder), read as text files. */
final class ClasspathTrees {
  private ClasspathTrees() {}

  /**
   * The files under {@code base} by relative path, sorted; {@code marker} is a file the tree must
   * contain (it locates the tree, and says what is missing when it is not there).
   */
  static Map<String, String> files(String base, String marker, String what) {
    URL found = ClasspathTrees.class.getResource(base + "/" + marker);
    if (found == null) {
      throw new IllegalArgumentException("no " + what + " on the classpath at " + base);
    }
    try {
      URI uri = found.toURI();
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

  /** Writes {@code files} under {@code target} (created if needed) and returns {@code target}. */
  static Path copy(Map<String, String> files, Path target) {
    try {
      for (Map.Entry<String, String> e : files.entrySet()) {
        Path file = target.resolve(e.getKey());
        Files.createDirectories(file.getParent());
        Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code files} as an in-memory project source named {@code root}. */
  static InMemoryProjectSource open(String root, Map<String, String> files) {
    InMemoryProjectSource source = new InMemoryProjectSource(root);
    files.forEach(source::put);
    return source;
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
