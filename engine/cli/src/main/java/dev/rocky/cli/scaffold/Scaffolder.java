package dev.rocky.cli.scaffold;

import dev.rocky.cli.error.CliErrorCode;
import dev.rocky.cli.error.CliException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a {@link Template} into a directory. Every check happens before the first write, and no
 * existing file is ever overwritten.
 */
public final class Scaffolder {
  private Scaffolder() {}

  /** Where a scaffold may go. */
  public enum Policy {
    /** Any directory without a {@code rocky.toml} (and without the template's files). */
    NO_PROJECT,
    /** A new or empty directory only. */
    EMPTY_DIRECTORY
  }

  /**
   * Writes {@code template} into {@code dir}, creating it if needed.
   *
   * @param shownAs how to name the directory in messages (as the user typed it)
   * @throws CliException with {@code project_exists} or {@code file_exists} when the directory is taken
   * @throws IOException when a file cannot be written
   */
  public static ScaffoldResult write(Template template, Path dir, String shownAs, Policy policy) throws IOException {
    Path root = dir.toAbsolutePath().normalize();
    List<Template.Entry> entries = template.entries();
    check(root, shownAs, policy, entries);
    List<String> written = new ArrayList<>(entries.size());
    for (Template.Entry entry : entries) {
      Path target = root.resolve(entry.target());
      Files.createDirectories(target.getParent());
      Files.write(target, template.bytes(entry), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      written.add(entry.target());
    }
    return new ScaffoldResult(root, written);
  }

  /** Whether {@code dir} already holds every file of {@code template}, byte for byte (other files may be there too). */
  public static boolean holds(Template template, Path dir) throws IOException {
    Path root = dir.toAbsolutePath().normalize();
    for (Template.Entry entry : template.entries()) {
      Path file = root.resolve(entry.target());
      if (!Files.isRegularFile(file) || !java.util.Arrays.equals(Files.readAllBytes(file), template.bytes(entry))) {
        return false;
      }
    }
    return true;
  }

  private static void check(Path root, String shownAs, Policy policy, List<Template.Entry> entries) throws IOException {
    if (Files.exists(root) && !Files.isDirectory(root)) {
      throw new CliException(CliErrorCode.FILE_EXISTS, shownAs + " exists and is not a directory",
          "choose a directory name that is not taken");
    }
    if (Files.exists(root.resolve("rocky.toml"))) {
      throw new CliException(CliErrorCode.PROJECT_EXISTS, "rocky.toml already exists in " + shownAs,
          "this is already a Rocky project: edit its rocky.toml, or scaffold into another directory");
    }
    if (policy == Policy.EMPTY_DIRECTORY && Files.isDirectory(root) && !isEmpty(root)) {
      throw new CliException(CliErrorCode.FILE_EXISTS, "directory " + shownAs + " already exists and is not empty",
          "choose a new directory, e.g. 'rocky playground my-playground'");
    }
    List<String> clashes = new ArrayList<>();
    for (Template.Entry entry : entries) {
      if (Files.exists(root.resolve(entry.target()))) {
        clashes.add(entry.target());
      }
    }
    if (!clashes.isEmpty()) {
      throw new CliException(CliErrorCode.FILE_EXISTS,
          "would overwrite " + String.join(", ", clashes) + " in " + shownAs,
          "move those files away or scaffold into another directory; nothing was written");
    }
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (Stream<Path> children = Files.list(dir)) {
      return children.findAny().isEmpty();
    }
  }
}
