package dev.rocky.app.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** A second JVM on this test's class path, to be killed mid-run as {@code kill -9} would. */
final class ChildJvm implements AutoCloseable {
  private final Process process;
  private final BufferedReader out;

  private ChildJvm(Process process) {
    this.process = process;
    this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
  }

  static ChildJvm start(Class<?> main, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--enable-native-access=ALL-UNNAMED", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
        "-cp", System.getProperty("java.class.path"), main.getName()));
    command.addAll(List.of(args));
    return new ChildJvm(new ProcessBuilder(command).redirectErrorStream(true).start());
  }

  /** Waits for a line starting with {@code prefix} and returns it; fails with the output otherwise. */
  String awaitLine(String prefix, Duration timeout) throws Exception {
    StringBuilder seen = new StringBuilder();
    String found = CompletableFuture.supplyAsync(() -> {
      try {
        for (String l = out.readLine(); l != null; l = out.readLine()) {
          if (l.startsWith(prefix)) {
            return l;
          }
          seen.append(l).append('\n');
        }
        return null;
      } catch (IOException e) {
        return null;
      }
    }).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    if (found == null) {
      throw new AssertionError("the child process ended without printing '" + prefix + "...':\n" + seen);
    }
    return found;
  }

  /** Kills the child at once and waits until it is gone. */
  void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}
