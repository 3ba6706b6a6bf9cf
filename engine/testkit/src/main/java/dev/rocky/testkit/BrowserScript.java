package dev.rocky.testkit;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs the catalog site's browser tests ({@code catalog-site/browser/run.sh}: Debian's headless
 * Chromium driven by playwright-core) against a generated site. Passes when the script passes,
 * fails with its output when it fails, and is skipped, saying why, when this machine cannot get
 * a Chromium or Node (the script exits 3).
 */
public final class BrowserScript {
  private static final long TIMEOUT_MINUTES = 10;

  private BrowserScript() {}

  /** The repository root: the first directory above the working directory that holds the script. */
  public static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isRegularFile(dir.resolve("catalog-site/browser/run.sh"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("catalog-site/browser/run.sh not found above " + Path.of("").toAbsolutePath());
    }
    return dir;
  }

  /**
   * Runs the script on {@code site} in {@code mode} ({@code playground} or {@code large}), with
   * screenshots in {@code artifacts}; returns its output (the last line before "passed" is a JSON
   * summary with the timings).
   */
  public static String run(Path site, Path artifacts, String mode, String... extra) {
    List<String> command = new ArrayList<>(List.of("bash", repositoryRoot().resolve("catalog-site/browser/run.sh").toString(),
        "--site", site.toAbsolutePath().toString(), "--artifacts", artifacts.toAbsolutePath().toString(), "--mode", mode));
    command.addAll(List.of(extra));
    try {
      Path log = Files.createTempFile("rocky-browser", ".log");
      Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        fail("the browser test timed out after " + TIMEOUT_MINUTES + " minutes:\n" + Files.readString(log));
      }
      String output = Files.readString(log, StandardCharsets.UTF_8);
      Files.deleteIfExists(log);
      Files.createDirectories(artifacts);
      Files.writeString(artifacts.resolve("output.txt"), output);
      if (p.exitValue() == 3) {
        Assumptions.abort("browser test skipped: " + output.strip());
      }
      if (p.exitValue() != 0) {
        fail("the browser test failed (exit " + p.exitValue() + "); screenshots in " + artifacts + ":\n" + output);
      }
      return output;
    } catch (IOException e) {
      throw new IllegalStateException("cannot run the browser test", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
