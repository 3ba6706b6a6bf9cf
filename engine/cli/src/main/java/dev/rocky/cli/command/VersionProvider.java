package dev.rocky.cli.command;

import dev.rocky.core.RockyVersion;
import picocli.CommandLine;

/** Gives picocli's {@code --version} the same line as {@code rocky version}: {@code rocky 0.1.0}. */
public final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {("rocky " + RockyVersion.get())};
  }
}
