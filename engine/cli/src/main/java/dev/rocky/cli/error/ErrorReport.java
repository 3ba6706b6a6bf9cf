package dev.rocky.cli.error;

import dev.rocky.core.error.ErrorCode;
import dev.rocky.core.error.Hinted;
import dev.rocky.core.error.RockyException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A failure as the user sees it, in the rustc style of Rocky's diagnostics:
 *
 * <pre>
 * error[project_exists]: rocky.toml already exists in demo
 *   = help: edit the existing project, or run 'rocky init' in another directory
 * </pre>
 *
 * The message is always one line. Stack traces are printed only on request ({@code --debug}).
 */
public record ErrorReport(String code, String message, String hint, @Nullable Throwable cause) {

  public ErrorReport {
    Objects.requireNonNull(code, "code");
    message = oneLine(Objects.requireNonNull(message, "message"));
    hint = oneLine(Objects.requireNonNull(hint, "hint"));
  }

  /** Classifies any throwable into a code, a one-line message and a hint. */
  public static ErrorReport of(Throwable t) {
    Throwable e = unwrap(t);
    if (e instanceof CliException c) {
      return new ErrorReport(((CliErrorCode) c.code()).token(), text(c), c.hint(), e);
    }
    if (e instanceof RockyException r) {
      return new ErrorReport(token(r.code()), text(r), r instanceof Hinted h ? h.hint() : hintFor(r), e);
    }
    if (e instanceof IOException io) {
      return new ErrorReport(CliErrorCode.IO.token(), ioMessage(io),
          "check that the path exists and that you may read and write it", e);
    }
    return new ErrorReport(CliErrorCode.INTERNAL.token(), e.getClass().getSimpleName() + ": " + text(e),
        "this is a bug in rocky; run the command again with --debug and report the stack trace", e);
  }

  /** Prints the report to stderr; with {@code debug}, the stack trace follows. */
  public void print(PrintWriter err, boolean debug) {
    err.println("error[" + code + "]: " + message);
    err.println("  = help: " + hint);
    if (debug && cause != null) {
      cause.printStackTrace(err);
    }
    err.flush();
  }

  private static Throwable unwrap(Throwable t) {
    Throwable e = t;
    while (e instanceof UncheckedIOException && e.getCause() != null) {
      e = e.getCause();
    }
    return e;
  }

  private static String token(ErrorCode code) {
    return code.name().toLowerCase(Locale.ROOT);
  }

  private static String hintFor(RockyException e) {
    return switch (e.type()) {
      case USER_ERROR -> "check the project files and the command's flags; 'rocky validate' checks the configuration";
      case EXTERNAL -> "a warehouse or service failed; it may be transient, so try again, or run with --debug for details";
      case INSUFFICIENT_RESOURCES -> "the machine or service ran out of memory, time or quota; try again with a smaller selection";
      case INTERNAL_ERROR -> "this is a bug in rocky; run the command again with --debug and report the stack trace";
    };
  }

  private static String ioMessage(IOException e) {
    if (e instanceof NoSuchFileException f) {
      return "no such file or directory: " + f.getFile();
    }
    if (e instanceof AccessDeniedException f) {
      return "permission denied: " + f.getFile();
    }
    if (e instanceof FileAlreadyExistsException f) {
      return "a file is in the way: " + f.getFile();
    }
    if (e instanceof FileSystemException f) {
      return (f.getReason() != null ? f.getReason() : f.getClass().getSimpleName()) + ": " + f.getFile();
    }
    return text(e);
  }

  private static String text(Throwable e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }

  private static String oneLine(String s) {
    return s.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
