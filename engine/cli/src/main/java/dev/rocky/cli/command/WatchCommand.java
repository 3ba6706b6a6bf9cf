package dev.rocky.cli.command;

import dev.rocky.cli.error.CliErrorCode;
import dev.rocky.cli.error.CliException;
import dev.rocky.cli.wiring.CompileRequest;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedSet;
import picocli.CommandLine.Command;

/**
 * {@code rocky watch}: compiles as {@code rocky compile} does, then again after every change to the
 * project's files, in the same process, until interrupted (Ctrl-C). Each compile prints its report;
 * stderr says what changed and how long the recompile took. The process stays warm and the compile
 * cache re-checks only what changed, so a recompile after one edit costs a fraction of a cold
 * {@code rocky compile}.
 */
@Command(name = "watch", description = "Compile, then recompile whenever a project file changes (Ctrl-C stops).",
    sortOptions = false)
final class WatchCommand extends CompileCommand {

  @Override
  public Integer call() {
    CompileRequest request = request();
    PrintWriter err = context().err();
    int code = compile(request);
    Path config = root().configPath().toAbsolutePath();
    if (!Files.isRegularFile(config)) {
      return code; // not a project: the compile has said so, and there is nothing to watch
    }
    Path root = config.getParent();
    try (ProjectWatcher watcher = new ProjectWatcher(root)) {
      err.println("rocky watch: watching " + root + " (Ctrl-C stops)");
      err.flush();
      while (true) {
        SortedSet<String> changed = watcher.awaitChanges();
        if (changed.isEmpty()) {
          continue;
        }
        long start = System.nanoTime();
        code = compile(request);
        err.println("rocky watch: " + describe(changed) + " changed; compiled and printed in "
            + (System.nanoTime() - start) / 1_000_000 + " ms");
        err.flush();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return code;
    } catch (IOException e) {
      throw new CliException(CliErrorCode.IO, "cannot watch " + root + ": " + e.getMessage(),
          "check that the project's directories are readable; on Linux, raise fs.inotify.max_user_watches if it is the limit", e);
    }
  }

  private int compile(CompileRequest request) {
    int code = emit(context().wiring().compile(request));
    context().out().flush();
    return code;
  }

  private static String describe(SortedSet<String> changed) {
    String first = changed.first();
    return changed.size() == 1 ? first : first + " and " + (changed.size() - 1) + " more";
  }
}
