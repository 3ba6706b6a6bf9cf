package dev.rocky.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rocky.core.RockyVersion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code bin/rocky --version} as a process, when the CLI jar has been built already (skipped
 * otherwise). {@code ROCKY_NO_BUILD=1} keeps the launcher from starting a Maven build in a test.
 */
class LauncherTest {
  private static final Path REPO = Path.of("../..").toAbsolutePath().normalize();

  @Test
  void binRockyPrintsTheVersion() throws Exception {
    Path launcher = REPO.resolve("bin/rocky");
    assumeTrue(Files.isExecutable(launcher), "bin/rocky is missing");
    assumeTrue(Files.isRegularFile(REPO.resolve("engine/cli/target/rocky-cli.jar")), "the CLI jar is not built yet");

    ProcessBuilder pb = new ProcessBuilder(launcher.toString(), "--version").redirectErrorStream(false);
    pb.environment().put("ROCKY_NO_BUILD", "1");
    Process process = pb.start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(process.exitValue()).as(err).isZero();
    assertThat(out).isEqualTo(("rocky " + RockyVersion.get()) + "\n");
  }
}
