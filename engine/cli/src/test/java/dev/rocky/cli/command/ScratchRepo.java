package dev.rocky.cli.command;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** TEST-ONLY: a git repository in a temporary directory, driven through the git command line. */
final class ScratchRepo {
  private final Path dir;

  private ScratchRepo(Path dir) {
    this.dir = dir;
  }

  /** {@code git init} on branch {@code main} in {@code dir}. */
  static ScratchRepo init(Path dir) {
    ScratchRepo repo = new ScratchRepo(dir);
    repo.git("init", "-q", "-b", "main");
    return repo;
  }

  Path dir() {
    return dir;
  }

  void write(String path, String text) {
    try {
      Path file = dir.resolve(path);
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String read(String path) {
    try {
      return Files.readString(dir.resolve(path), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void replace(String path, String from, String to) {
    String text = read(path);
    if (!text.contains(from)) {
      throw new IllegalArgumentException(path + " does not contain " + from);
    }
    write(path, text.replace(from, to));
  }

  void commitAll(String message) {
    git("add", "-A");
    git("commit", "-q", "-m", message);
  }

  String git(String... args) {
    List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Test", "-c", "user.email=test@example.com",
        "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main"));
    command.addAll(List.of(args));
    try {
      Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (p.waitFor() != 0) {
        throw new IllegalStateException("git " + String.join(" ", args) + " failed: " + out);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
