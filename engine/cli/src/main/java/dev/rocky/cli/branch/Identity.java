package dev.rocky.cli.branch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Who is at the keyboard, for approvals, promotions and branch records: the git identity of the
 * project's repository ({@code user.email}), else {@code $USER}, else {@code unknown}. Recorded as
 * said; it is not authenticated.
 */
final class Identity {
  private Identity() {}

  static String current(Path root) {
    String git = gitEmail(root);
    if (git != null) {
      return git;
    }
    String user = System.getenv("USER");
    return user == null || user.isBlank() ? "unknown" : user;
  }

  private static @Nullable String gitEmail(Path root) {
    try {
      Process p = new ProcessBuilder("git", "config", "user.email").directory(root.toFile())
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      p.getOutputStream().close();
      String out;
      try (InputStream in = p.getInputStream()) {
        out = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
      }
      if (!p.waitFor(5, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return null;
      }
      return p.exitValue() == 0 && !out.isEmpty() ? out : null;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}
