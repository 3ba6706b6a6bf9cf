package dev.rocky.core.port;

import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Read access to a project's files, wherever they live (a directory, a bundle in S3). Paths are
 * relative to the project root and '/'-separated. The compiler reads only through this port.
 */
public interface ProjectSource {

  /** How to show the project root to a user, e.g. {@code /home/me/proj} or {@code s3://b/p}. */
  String root();

  /** Whether a file exists at {@code path}. */
  boolean isFile(String path);

  /** Whether a directory exists at {@code path} ("" is the root). */
  boolean isDirectory(String path);

  /**
   * Every file below {@code dir}, recursively, as project-relative paths in sorted order.
   *
   * @throws IOException when the directory exists but cannot be read
   */
  List<String> listFiles(String dir) throws IOException;

  /** The file's text as UTF-8. */
  String read(String path) throws IOException;

  /**
   * A cheap token that changes whenever the file's content may have changed, without reading it (for
   * a file on disk: its size, modification time and file key), so that a compile cache can reuse
   * what it kept for an unchanged file. Null when the source cannot tell (then the file is read).
   */
  default @Nullable String version(String path) {
    return null;
  }
}
