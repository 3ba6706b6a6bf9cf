package dev.rocky.cli.output;

import java.io.Console;
import java.lang.reflect.Method;

/**
 * Whether stdout is an interactive terminal. On JDK 22+ {@link System#console()} also returns a
 * console when output is redirected, so {@code Console.isTerminal()} (JDK 22+) decides there; on
 * JDK 21 a non-null console already means stdin and stdout are terminals.
 */
public final class Terminal {
  private Terminal() {}

  /** True when a person is looking at stdout (and may type on stdin). */
  public static boolean stdoutIsInteractive() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    return isTerminal(console);
  }

  private static boolean isTerminal(Console console) {
    Method isTerminal;
    try {
      isTerminal = Console.class.getMethod("isTerminal");
    } catch (NoSuchMethodException e) {
      return true; // JDK 21: System.console() is null unless both ends are a terminal.
    }
    try {
      return (Boolean) isTerminal.invoke(console);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }
}
