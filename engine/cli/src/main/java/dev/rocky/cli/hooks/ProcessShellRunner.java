package dev.rocky.cli.hooks;

import dev.rocky.app.hooks.HookOutcome;
import dev.rocky.app.hooks.ShellRunner;
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
 * Runs a {@code [[hook.on_<event>]]} command through the shell ({@code sh -c}, {@code cmd /c} on
 * Windows) in the project directory, with its {@code env} added, the event's JSON on stdin, and its
 * {@code timeout_ms}, after which the process and its children are killed. Its output is kept (the
 * first 4 KB) to explain a failure; it never reaches rocky's stdout, which holds the JSON result.
 */
public final class ProcessShellRunner implements ShellRunner {
  private static final int KEPT = 4096;
  private final Path dir;

  public ProcessShellRunner(Path dir) {
    this.dir = dir;
  }

  @Override
  public HookOutcome run(HooksConfig.ShellHook hook, String json) {
    List<String> command = new ArrayList<>(System.getProperty("os.name", "").startsWith("Windows")
        ? List.of("cmd", "/c") : List.of("sh", "-c"));
    command.add(hook.command());
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    builder.environment().putAll(hook.env());
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      return HookOutcome.failed("could not start: " + e.getMessage());
    }
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    Thread drain = Thread.ofVirtual().start(() -> keep(process.getInputStream(), output));
    Thread feed = Thread.ofVirtual().start(() -> feed(process.getOutputStream(), json));
    try {
      if (!process.waitFor(hook.timeoutMs(), TimeUnit.MILLISECONDS)) {
        kill(process);
        return HookOutcome.failed("timed out after " + hook.timeoutMs() + " ms");
      }
      feed.join(1000);
      drain.join(1000);
    } catch (InterruptedException e) {
      kill(process);
      Thread.currentThread().interrupt();
      return HookOutcome.failed("interrupted");
    }
    int status = process.exitValue();
    if (status == 0) {
      return HookOutcome.OK;
    }
    String said;
    synchronized (output) {
      said = output.toString(StandardCharsets.UTF_8).strip();
    }
    return HookOutcome.failed("exited with status " + status + (said.isEmpty() ? "" : ": " + said));
  }

  private static void kill(Process process) {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
  }

  private static void feed(OutputStream stdin, String json) {
    try (stdin) {
      stdin.write(json.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      // The hook did not read its input; its exit status says whether that matters.
    }
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
