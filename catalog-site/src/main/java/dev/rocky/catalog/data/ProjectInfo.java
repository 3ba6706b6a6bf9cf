package dev.rocky.catalog.data;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The project as a whole: its name (the directory, usually), the dialect its models are written
 * in, the Rocky version that built the site, when, and the project-wide run budget in USD if any.
 */
public record ProjectInfo(String name, String dialect, String rockyVersion, Instant generatedAt, @Nullable Double budgetUsd) {

  public ProjectInfo {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(dialect, "dialect");
    Objects.requireNonNull(rockyVersion, "rockyVersion");
    Objects.requireNonNull(generatedAt, "generatedAt");
  }
}
