package dev.rocky.fn.execute;

import dev.rocky.fn.govern.SiteBucket;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/** A catalog bucket that is a local directory: the site's files are copied into it. */
record DirectoryBucket(Path root) implements SiteBucket {

  @Override
  public String bucket() {
    return root.toString();
  }

  @Override
  public String prefix() {
    return "";
  }

  @Override
  public int upload(Path site) {
    try (Stream<Path> walk = Files.walk(site)) {
      List<Path> files = walk.filter(Files::isRegularFile).toList();
      for (Path f : files) {
        Path to = root.resolve(site.relativize(f).toString());
        Files.createDirectories(to.getParent());
        Files.copy(f, to, StandardCopyOption.REPLACE_EXISTING);
      }
      return files.size();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
