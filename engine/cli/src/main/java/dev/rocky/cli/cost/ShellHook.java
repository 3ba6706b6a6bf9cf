package dev.rocky.cli.cost;

import dev.rocky.core.config.HooksConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one {@code [[hook.on_<event>]]} command through the shell ({@code sh -c}, {@code cmd /c} on
 * Windows) in the project directory, with its {@code env} added, the event's JSON on stdin, and its
 * {@code timeout_ms}. Its output is kept (the first 4 KB) to explain a failure; it never reaches
 * rocky's stdout, which holds the JSON result.
 */
final class ShellHook {
  private static final int KEPT = 4096;

  /** How a hook ended: {@code null} problem for success. */
  record Outcome(HooksConfig.ShellHook hook, @org.jspecify.annotations.Nullable String problem) {
    boolean failed() {
      return problem != null;
    }
  }

  private ShellHook() {}

  static Outcome run(HooksConfig.ShellHook hook, Path dir, String json) {
    List<String> command = new ArrayList<>(System.getProperty("os.name", "").startsWith("Windows")
        ? List.of("cmd", "/c") : List.of("sh", "-c"));
    command.add(hook.command());
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    builder.environment().putAll(hook.env());
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      return new Outcome(hook, "could not start: " + e.getMessage());
    }
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    Thread drain = Thread.ofVirtual().start(() -> keep(process.getInputStream(), output));
    try (OutputStream stdin = process.getOutputStream()) {
      stdin.write(json.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      // The hook did not read its input; its exit status says whether that matters.
    }
    try {
      if (!process.waitFor(hook.timeoutMs(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        return new Outcome(hook, "timed out after " + hook.timeoutMs() + " ms");
      }
      drain.join(1000);
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      return new Outcome(hook, "interrupted");
    }
    int status = process.exitValue();
    if (status == 0) {
      return new Outcome(hook, null);
    }
    String said;
    synchronized (output) {
      said = output.toString(StandardCharsets.UTF_8).strip();
    }
    return new Outcome(hook, "exited with status " + status + (said.isEmpty() ? "" : ": " + said));
  }

  private static void keep(InputStream in, ByteArrayOutputStream kept) {
    byte[] buffer = new byte[1024];
    try (in) {
      for (int n; (n = in.read(buffer)) >= 0; ) {
        synchronized (kept) {
          if (kept.size() < KEPT) {
            kept.write(buffer, 0, Math.min(n, KEPT - kept.size()));
          }
        }
      }
    } catch (IOException e) {
      // The hook closed its output: nothing more to keep.
    }
  }
}
