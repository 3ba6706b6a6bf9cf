package dev.rocky.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.opentest4j.AssertionFailedError;

/**
 * Golden files: expected output checked into the source tree. {@link #assertMatches} compares (line
 * endings normalised); it rewrites the file only when the system property {@code golden.update} is
 * {@code true} ({@code -Dgolden.update=true}), and never otherwise.
 */
public final class GoldenFiles {
  /** The switch that rewrites golden files instead of comparing. */
  public static final String UPDATE_PROPERTY = "golden.update";

  private GoldenFiles() {}

  /** Whether this run rewrites golden files. */
  public static boolean updating() {
    return Boolean.getBoolean(UPDATE_PROPERTY);
  }

  /**
   * Asserts that {@code golden} holds exactly {@code actual}; with {@code -Dgolden.update=true} writes
   * {@code actual} to it instead (creating directories; untouched when already equal).
   */
  public static void assertMatches(Path golden, String actual) {
    String normalized = normalize(actual);
    try {
      if (updating()) {
        if (!Files.exists(golden) || !normalize(Files.readString(golden, StandardCharsets.UTF_8)).equals(normalized)) {
          Files.createDirectories(golden.toAbsolutePath().getParent());
          Files.writeString(golden, normalized, StandardCharsets.UTF_8);
        }
        return;
      }
      if (!Files.exists(golden)) {
        throw new AssertionFailedError("golden file " + golden + " does not exist; run with -D" + UPDATE_PROPERTY
            + "=true to write it, then review it");
      }
      String expected = normalize(Files.readString(golden, StandardCharsets.UTF_8));
      assertThat(normalized)
          .as("output differs from golden file %s (rewrite with -D%s=true and review the diff)", golden,
              UPDATE_PROPERTY)
          .isEqualTo(expected);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot access golden file " + golden, e);
    }
  }

  private static String normalize(String s) {
    return s.replace("\r\n", "\n");
  }
}
