package dev.rocky.cli.run;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * What a run record says about where it came from: the fingerprint of {@code rocky.toml} and, when
 * the project is in a git checkout, its commit and branch. Never fails: an unreadable config hashes
 * as empty, and without git (or a repository, or a commit) the git fields are null.
 *
 * @param configHash the first 16 hex characters of the SHA-256 of rocky.toml's bytes
 * @param gitBranch null on a detached HEAD
 */
public record RunProvenance(String configHash, @Nullable String gitCommit, @Nullable String gitBranch) {

  public static RunProvenance of(Path config, Path projectRoot) {
    String[] git = git(projectRoot);
    return new RunProvenance(configHash(config), git[0], git[1]);
  }

  static String configHash(Path config) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(config);
    } catch (IOException e) {
      bytes = new byte[0];
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      return HexFormat.of().formatHex(digest).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** {commit, branch}; git is asked only when a {@code .git} is found above the project. */
  private static @Nullable String[] git(Path root) {
    @Nullable String[] none = {null, null};
    if (!inRepository(root)) {
      return none;
    }
    try {
      Process p = new ProcessBuilder("git", "rev-parse", "HEAD", "--abbrev-ref", "HEAD")
          .directory(root.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      p.getOutputStream().close();
      String out;
      try (InputStream in = p.getInputStream()) {
        out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      if (!p.waitFor(5, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return none;
      }
      List<String> lines = out.lines().map(String::strip).toList();
      if (p.exitValue() != 0 || lines.size() < 2 || !lines.get(0).matches("[0-9a-f]{7,64}")) {
        return none;
      }
      String branch = lines.get(1);
      return new @Nullable String[] {lines.get(0), branch.isEmpty() || branch.equals("HEAD") ? null : branch};
    } catch (IOException e) {
      return none; // no git on the PATH
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return none;
    }
  }

  private static boolean inRepository(Path root) {
    for (Path dir = root.toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve(".git"))) {
        return true;
      }
    }
    return false;
  }
}
