package dev.rocky.app.lineagediff;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The git command line, run in one directory. Arguments are passed as a list (never through a
 * shell); refs are checked before use so a value that starts with {@code -} is never read as an
 * option. The environment is cleaned of variables that would point git elsewhere.
 */
public final class GitCli {
  private final Path dir;

  public GitCli(Path dir) {
    this.dir = dir;
  }

  /** What one git command printed, and how it exited. */
  record Result(int exitCode, byte[] out, String err) {
    String text() {
      return new String(out, StandardCharsets.UTF_8);
    }

    boolean ok() {
      return exitCode == 0;
    }
  }

  /** The path of {@link #dir} inside the repository, '/'-separated with a trailing '/' ("" at the top). */
  public String prefix() {
    Result r = run("rev-parse", "--show-prefix");
    if (!r.ok()) {
      throw new LineageDiffException(LineageDiffErrorCode.NOT_A_GIT_REPOSITORY,
          dir + " is not inside a git repository", "run lineage-diff from a git checkout of the project");
    }
    return r.text().strip();
  }

  /** Fails with a coded error unless {@code ref} names a commit. */
  public void requireCommit(String ref) {
    if (ref.isBlank() || ref.startsWith("-")) {
      throw new LineageDiffException(LineageDiffErrorCode.INVALID_REF, "invalid base ref '" + ref + "'",
          "pass a branch, tag or commit; a ref may not be empty or begin with '-'");
    }
    if (!run("rev-parse", "--verify", "--quiet", ref + "^{commit}").ok()) {
      throw new LineageDiffException(LineageDiffErrorCode.UNKNOWN_REF,
          "base ref '" + ref + "' does not exist in the repository at " + dir,
          "pass an existing branch, tag or commit (git branch -a lists them); in CI fetch it first, e.g. git fetch origin "
              + ref);
    }
  }

  /** Files changed on this branch since it left {@code base} ({@code base...HEAD}; {@code base HEAD} when there is no merge base). */
  public List<ChangedFile> changedSince(String base) {
    Result r = run("diff", "--name-status", "-M", base + "...HEAD", "--");
    if (!r.ok()) {
      r = check(run("diff", "--name-status", "-M", base, "HEAD", "--"));
    }
    return ChangedFile.parseNameStatus(r.text());
  }

  /** Uncommitted changes under {@code path}: tracked files that differ from HEAD, then untracked files. */
  public List<ChangedFile> uncommitted(String path) {
    List<ChangedFile> out = new ArrayList<>();
    Result head = run("rev-parse", "--verify", "--quiet", "HEAD");
    if (head.ok()) {
      out.addAll(ChangedFile.parseNameStatus(check(run("diff", "--name-status", "-M", "HEAD", "--", path)).text()));
    }
    for (String file : check(run("ls-files", "--others", "--exclude-standard", "--full-name", "--", path)).text().split("\n")) {
      if (!file.isBlank()) {
        out.add(new ChangedFile('A', file, null));
      }
    }
    return out;
  }

  /** Every file at {@code ref} under {@code path} (repository-relative). */
  public List<String> files(String ref, String path) {
    List<String> out = new ArrayList<>();
    for (String line : check(run("ls-tree", "-r", "--name-only", "--full-tree", ref, "--", path)).text().split("\n")) {
      if (!line.isBlank()) {
        out.add(line);
      }
    }
    return out;
  }

  /** A file's bytes at {@code ref}. */
  public byte[] show(String ref, String path) {
    return check(run("show", ref + ":" + path)).out();
  }

  private Result check(Result r) {
    if (!r.ok()) {
      throw new LineageDiffException(LineageDiffErrorCode.GIT_FAILED, "git failed: " + firstLine(r.err()),
          "check the repository with 'git status'; run with --debug for details");
    }
    return r;
  }

  Result run(String... args) {
    List<String> command = new ArrayList<>(List.of("git", "-c", "core.quotepath=off"));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    Map<String, String> env = pb.environment();
    for (String v : List.of("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_PREFIX", "GIT_COMMON_DIR")) {
      env.remove(v);
    }
    env.put("GIT_TERMINAL_PROMPT", "0");
    env.put("LC_ALL", "C");
    Process p;
    try {
      p = pb.start();
    } catch (IOException e) {
      throw new LineageDiffException(LineageDiffErrorCode.GIT_UNAVAILABLE, "cannot run git: " + e.getMessage(),
          "install git and make sure it is on the PATH");
    }
    try {
      p.getOutputStream().close();
      CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
      byte[] out = readAll(p.getInputStream());
      int code = p.waitFor();
      return new Result(code, out, new String(err.join(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      p.destroy();
      throw new IllegalStateException("interrupted while running git", e);
    }
  }

  private static byte[] readAll(InputStream in) {
    try (in) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String firstLine(String s) {
    String t = s.strip();
    int nl = t.indexOf('\n');
    return nl < 0 ? t : t.substring(0, nl);
  }
}
