package dev.rocky.app.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares text with a golden file under {@code src/test/resources/golden/}. Run with
 * {@code -Dgolden.update=true} to (re)write the files instead; nothing else ever writes them.
 * Local to these tests until the shared testkit helper lands.
 */
final class GoldenFile {
  private static final String UPDATE = "golden.update";

  private GoldenFile() {}

  static void assertMatches(String relativePath, String actual) {
    Path file = Path.of(System.getProperty("basedir", "."), "src", "test", "resources", "golden", relativePath);
    try {
      if (Boolean.getBoolean(UPDATE)) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        return;
      }
      if (!Files.exists(file)) {
        fail("golden file %s is missing; run the test with -D%s=true to create it", file, UPDATE);
      }
      String expected = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
      assertThat(actual)
          .as("golden file %s (rerun with -D%s=true to rewrite it)", file, UPDATE)
          .isEqualTo(expected);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
