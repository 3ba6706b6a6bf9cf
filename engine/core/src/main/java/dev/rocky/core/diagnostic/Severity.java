package dev.rocky.core.diagnostic;

/** How bad a diagnostic is. Serialized PascalCase, as Rocky does. */
public enum Severity {
  Error,
  Warning,
  Info;

  /** The lower-case word used in rustc-style text output ({@code error[E010]: ...}). */
  public String word() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
