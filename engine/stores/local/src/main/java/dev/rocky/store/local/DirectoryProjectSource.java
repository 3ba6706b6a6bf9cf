package dev.rocky.store.local;

import dev.rocky.core.port.ProjectSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * A project in a directory on disk. Paths are relative to the root and '/'-separated; paths that
 * would leave the root are treated as absent. Listing follows symbolic links, skips link loops
 * and dangling links, and sorts the result.
 */
public final class DirectoryProjectSource implements ProjectSource {
  private final Path root;
  /** Versions of the files seen while listing (their attributes come with the walk for free). */
  private final Map<String, String> versions = new ConcurrentHashMap<>();

  public DirectoryProjectSource(Path root) {
    this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
  }

  public Path rootPath() {
    return root;
  }

  @Override
  public String root() {
    return root.toString();
  }

  @Override
  public boolean isFile(String path) {
    Path p = resolve(path);
    return p != null && Files.isRegularFile(p);
  }

  @Override
  public boolean isDirectory(String path) {
    Path p = resolve(path);
    return p != null && Files.isDirectory(p);
  }

  /** Every regular file below {@code dir}, sorted; empty when {@code dir} does not exist. */
  @Override
  public List<String> listFiles(String dir) throws IOException {
    Path start = resolve(dir);
    if (start == null || !Files.exists(start)) {
      return List.of();
    }
    if (!Files.isDirectory(start)) {
      throw new IOException("not a directory: " + dir);
    }
    List<String> out = new ArrayList<>();
    Files.walkFileTree(start, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        if (attrs.isRegularFile()) {
          String path = relative(file);
          out.add(path);
          versions.put(path, version(attrs));
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
        if (e instanceof FileSystemLoopException || (e instanceof NoSuchFileException && Files.isSymbolicLink(file))) {
          return FileVisitResult.CONTINUE;
        }
        throw e;
      }
    });
    out.sort(null);
    return out;
  }

  @Override
  public String read(String path) throws IOException {
    Path p = resolve(path);
    if (p == null) {
      throw new NoSuchFileException(path, null, "outside the project root");
    }
    return Files.readString(p, StandardCharsets.UTF_8);
  }

  /** Size, modification time (ns) and file key (device and inode where the OS has them). */
  @Override
  public @Nullable String version(String path) {
    String known = versions.get(path);
    if (known != null) {
      return known;
    }
    Path p = resolve(path);
    if (p == null) {
      return null;
    }
    try {
      BasicFileAttributes attrs = Files.readAttributes(p, BasicFileAttributes.class);
      return attrs.isRegularFile() ? version(attrs) : null;
    } catch (IOException e) {
      return null;
    }
  }

  private static String version(BasicFileAttributes attrs) {
    return attrs.size() + ":" + attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS) + ":" + attrs.fileKey();
  }

  private @Nullable Path resolve(String path) {
    Path p = root.resolve(path).normalize();
    return p.startsWith(root) ? p : null;
  }

  private String relative(Path file) {
    return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
  }

  @Override
  public String toString() {
    return "DirectoryProjectSource[" + root + "]";
  }
}
