package dev.rocky.app.lineagediff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The project's files as they were at a ref, written to a scratch directory: for each
 * project-relative path asked for (the configuration, the models, sources, seeds, contracts),
 * {@code git ls-tree} lists the files and {@code git show ref:path} writes each one. Closing
 * deletes the directory.
 */
final class BaseTree implements AutoCloseable {
  private final Path root;

  private BaseTree(Path root) {
    this.root = root;
  }

  static BaseTree materialize(GitCli git, String ref, String prefix, List<String> projectPaths) {
    Path dir;
    try {
      dir = Files.createTempDirectory("rocky-lineage-diff-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    BaseTree tree = new BaseTree(dir);
    try {
      for (String path : projectPaths) {
        for (String file : git.files(ref, prefix + path)) {
          if (!file.startsWith(prefix)) {
            continue;
          }
          Path target = dir.resolve(file.substring(prefix.length())).normalize();
          if (!target.startsWith(dir)) {
            continue;
          }
          Files.createDirectories(target.getParent());
          Files.write(target, git.show(ref, file));
        }
      }
      return tree;
    } catch (IOException e) {
      tree.close();
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      tree.close();
      throw e;
    }
  }

  Path root() {
    return root;
  }

  @Override
  public void close() {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // A scratch directory left behind in the temp folder is harmless.
    }
  }
}
