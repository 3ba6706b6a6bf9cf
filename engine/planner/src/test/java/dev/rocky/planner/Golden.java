package dev.rocky.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/golden/}. A mismatch fails; the files are rewritten
 * only when the build runs with {@code -Dgolden.update=true} (then review the diff by hand).
 */
public final class Golden {
  private static final Path ROOT = Path.of("src", "test", "resources", "golden");

  private Golden() {}

  public static boolean updating() {
    return Boolean.getBoolean("golden.update");
  }

  public static void assertMatches(String relativePath, String actual) {
    Path file = ROOT.resolve(relativePath);
    String normalized = actual.replace("\r\n", "\n");
    try {
      if (updating()) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, normalized, StandardCharsets.UTF_8);
        return;
      }
      if (!Files.exists(file)) {
        fail("missing golden file %s; run with -Dgolden.update=true to create it, then review it", file);
      }
      String expected = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
      assertThat(normalized).as("golden file %s (rewrite with -Dgolden.update=true)", file).isEqualTo(expected);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
