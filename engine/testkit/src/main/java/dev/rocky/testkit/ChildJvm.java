package dev.rocky.testkit;

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

/**
 * A second JVM on the test's class path: to hold a file from another process, or to be killed
 * mid-work as {@code kill -9} would, so crash safety is tested against a real process.
 */
public final class ChildJvm implements AutoCloseable {
  private final Process process;
  private final BufferedReader out;

  private ChildJvm(Process process) {
    this.process = process;
    this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
  }

  /** Runs {@code main} with {@code args} in a new JVM (same JDK, same class path). */
  public static ChildJvm start(Class<?> main, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--enable-native-access=ALL-UNNAMED", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
        "-cp", System.getProperty("java.class.path"), main.getName()));
    command.addAll(List.of(args));
    return new ChildJvm(new ProcessBuilder(command).redirectErrorStream(true).start());
  }

  /** Waits for a line starting with {@code prefix} and returns it; fails with the output otherwise. */
  public String awaitLine(String prefix, Duration timeout) throws Exception {
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

  /** Kills the child at once, as a crash or {@code kill -9} would, and waits until it is gone. */
  public void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  /** Asks the child to finish (it may exit when its input closes), then kills it if it has not. */
  @Override
  public void close() throws IOException {
    process.getOutputStream().close();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
