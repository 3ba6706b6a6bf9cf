package dev.rocky.cli;

import dev.rocky.core.RockyVersion;

/**
 * The {@code rocky} executable. {@code rocky --version} is answered here, before picocli, Jackson
 * or the engine are loaded (building picocli's model is most of a command's start-up); every other
 * command line goes to {@link Cli}. This class and {@link Cli} are the only places that exit the
 * process; everything else returns exit codes.
 */
public final class RockyCli {
  private RockyCli() {}

  public static void main(String[] args) {
    if (isPlainVersion(args)) {
      System.out.println(("rocky " + RockyVersion.get()));
      return;
    }
    Cli.main(args);
  }

  /** {@code rocky --version}, {@code rocky -V} or {@code rocky version}, with nothing else. */
  static boolean isPlainVersion(String[] args) {
    return args.length == 1 && (args[0].equals("--version") || args[0].equals("-V") || args[0].equals("version"));
  }
}
