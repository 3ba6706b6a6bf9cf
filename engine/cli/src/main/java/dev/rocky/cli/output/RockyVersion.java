package dev.rocky.cli.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The engine version, as printed by {@code rocky --version} and in every JSON payload. It comes from
 * the pom: the jar's manifest carries it as {@code Implementation-Version} (read for free when the
 * class is loaded from the jar) and the build also writes it into {@code
 * dev/rocky/cli/version.properties}, which is read when there is no jar (tests). A {@code
 * -SNAPSHOT} suffix is dropped, so a development build reports the release it is heading for.
 */
public final class RockyVersion {
  private static final String RESOURCE = "/dev/rocky/cli/version.properties";
  private static final String VERSION = load();

  private RockyVersion() {}

  /** The semantic version, e.g. {@code 0.1.0}. */
  public static String get() {
    return VERSION;
  }

  /** The {@code --version} line: {@code rocky 0.1.0}. */
  public static String line() {
    return "rocky ".concat(VERSION); // not +: the first string concatenation spins classes at start-up
  }

  static String clean(String raw) {
    String v = raw.trim();
    return v.endsWith("-SNAPSHOT") ? v.substring(0, v.length() - "-SNAPSHOT".length()) : v;
  }

  private static String load() {
    String fromManifest = RockyVersion.class.getPackage().getImplementationVersion();
    if (fromManifest != null && !fromManifest.isBlank()) {
      return clean(fromManifest);
    }
    try (InputStream in = RockyVersion.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the build");
      }
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version", "");
      if (v.isBlank() || v.startsWith("${")) {
        throw new IllegalStateException(RESOURCE + " was not filtered by the build: " + v);
      }
      return clean(v);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
