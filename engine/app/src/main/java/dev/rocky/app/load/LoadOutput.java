package dev.rocky.app.load;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** What {@code rocky load} and {@code rocky seed} print: one entry per file, then the totals. */
public record LoadOutput(
    @JsonProperty("files") List<FileLoaded> files,
    @JsonProperty("files_loaded") int filesLoaded,
    @JsonProperty("rows_loaded") long rowsLoaded,
    @JsonProperty("duration_ms") long durationMs) {

  public LoadOutput {
    files = List.copyOf(files);
  }

  public static LoadOutput of(List<FileLoaded> files, long durationMs) {
    return new LoadOutput(files, files.size(), files.stream().mapToLong(FileLoaded::rows).sum(), durationMs);
  }

  /**
   * @param target the table, {@code schema.table}
   * @param durationMs reading and staging the file (the move into the target is one transaction for all files)
   */
  public record FileLoaded(
      @JsonProperty("file") String file,
      @JsonProperty("format") String format,
      @JsonProperty("target") String target,
      @JsonProperty("rows") long rows,
      @JsonProperty("duration_ms") long durationMs) {}
}
