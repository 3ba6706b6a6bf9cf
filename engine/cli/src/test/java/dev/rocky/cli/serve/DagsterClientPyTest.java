package dev.rocky.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the Python client's pytest suite (integrations/dagster) against {@code rocky serve}. The
 * suite starts the server itself with {@code $ROCKY_BIN}: here a launcher for the classes just
 * compiled (bin/rocky would run the last packaged jar, which may predate them). Skipped, saying
 * why, when python3 or pytest is missing.
 */
class DagsterClientPyTest {
  private static final Path SUITE = ServedProject.REPO.resolve("integrations/dagster");

  @TempDir Path dir;

  @Test
  void thePythonClientPassesItsTestsAgainstRockyServe() throws Exception {
    assumeTrue(succeeds(List.of("python3", "--version")), "python3 is not installed: skipping the Dagster client's tests");
    assumeTrue(succeeds(List.of("python3", "-m", "pytest", "--version")),
        "pytest is not installed for python3 (pip install pytest): skipping the Dagster client's tests");

    Path log = dir.resolve("pytest.log");
    ProcessBuilder pb = new ProcessBuilder("python3", "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests")
        .directory(SUITE.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().put("ROCKY_BIN", launcher().toString());
    pb.environment().put("PYTHONDONTWRITEBYTECODE", "1");
    pb.environment().remove("ROCKY_SERVE_TOKEN");
    Process pytest = pb.start();
    boolean finished = pytest.waitFor(10, TimeUnit.MINUTES);
    if (!finished) {
      pytest.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(finished).as("pytest finished within 10 minutes:%n%s", output).isTrue();
    assertThat(pytest.exitValue()).as("pytest output:%n%s", output).isZero();
    assertThat(output).contains(" passed");
  }

  /** A {@code rocky} that runs the CLI from this test's class path, as bin/rocky would from the jar. */
  private Path launcher() throws IOException {
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path script = dir.resolve("rocky");
    Files.writeString(script, "#!/bin/sh\nexec '" + java + "' -XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
        + " --enable-native-access=ALL-UNNAMED -cp '" + classpath + "' dev.rocky.cli.RockyCli \"$@\"\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    return script;
  }

  private static boolean succeeds(List<String> command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
