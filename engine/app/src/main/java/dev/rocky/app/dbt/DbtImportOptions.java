package dev.rocky.app.dbt;

import java.util.Objects;

/**
 * How to import.
 *
 * @param manifest whether to read {@code target/manifest.json}
 * @param defaultSchema the schema seeds land in when dbt names none (DuckDB's {@code main})
 */
public record DbtImportOptions(Manifest manifest, String defaultSchema) {

  public DbtImportOptions {
    Objects.requireNonNull(manifest, "manifest");
    Objects.requireNonNull(defaultSchema, "defaultSchema");
  }

  public static DbtImportOptions defaults() {
    return new DbtImportOptions(Manifest.WHEN_PRESENT, "main");
  }

  public DbtImportOptions withManifest(Manifest mode) {
    return new DbtImportOptions(mode, defaultSchema);
  }

  /** {@code --manifest} (required), {@code --no-manifest} (ignored), neither (used when present). */
  public enum Manifest { WHEN_PRESENT, REQUIRED, IGNORED }
}
