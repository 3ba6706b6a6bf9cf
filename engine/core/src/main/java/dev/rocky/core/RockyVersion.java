package dev.rocky.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The engine's version, written into the build by Maven; every JSON payload carries it. */
public final class RockyVersion {
  private static final String VERSION = load();

  private RockyVersion() {}

  /** E.g. {@code 0.1.0}; a snapshot build reports its version without the {@code -SNAPSHOT} suffix. */
  public static String get() {
    return VERSION;
  }

  private static String load() {
    Properties p = new Properties();
    try (InputStream in = RockyVersion.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // fall through to the default below
    }
    String v = p.getProperty("version", "0.0.0");
    return v.endsWith("-SNAPSHOT") ? v.substring(0, v.length() - "-SNAPSHOT".length()) : v;
  }
}
