package dev.rocky.app.dbt;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The Rocky project to write (project-relative path to text, in writing order) and the report. */
public record ImportResult(Map<String, String> files, ImportReport report) {
  public ImportResult {
    files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
    Objects.requireNonNull(report, "report");
  }
}
