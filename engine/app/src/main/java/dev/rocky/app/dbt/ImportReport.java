package dev.rocky.app.dbt;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What {@code rocky import-dbt} did, without the envelope: counts (models imported, of which with
 * warnings, and failed; sources, tests, unit tests, seeds), each warning and failure with the
 * model and line it is about, and what was not migrated at all.
 */
@JsonPropertyOrder({"import_method", "project_name", "dbt_version", "imported", "warnings", "failed", "sources_found",
    "sources_mapped", "tests_found", "tests_converted", "tests_skipped", "unit_tests_found", "unit_tests_converted",
    "seeds", "macros_detected", "imported_models", "warning_details", "failed_details", "not_migrated", "files_written"})
public record ImportReport(
    @JsonProperty("import_method") String importMethod,
    @JsonProperty("project_name") String projectName,
    @JsonProperty("dbt_version") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String dbtVersion,
    @JsonProperty("imported") int imported,
    @JsonProperty("warnings") int warnings,
    @JsonProperty("failed") int failed,
    @JsonProperty("sources_found") int sourcesFound,
    @JsonProperty("sources_mapped") int sourcesMapped,
    @JsonProperty("tests_found") int testsFound,
    @JsonProperty("tests_converted") int testsConverted,
    @JsonProperty("tests_skipped") int testsSkipped,
    @JsonProperty("unit_tests_found") int unitTestsFound,
    @JsonProperty("unit_tests_converted") int unitTestsConverted,
    @JsonProperty("seeds") int seeds,
    @JsonProperty("macros_detected") int macrosDetected,
    @JsonProperty("imported_models") List<String> importedModels,
    @JsonProperty("warning_details") List<Warning> warningDetails,
    @JsonProperty("failed_details") List<Failure> failedDetails,
    @JsonProperty("not_migrated") List<String> notMigrated,
    @JsonProperty("files_written") int filesWritten) {

  public ImportReport {
    importedModels = List.copyOf(importedModels);
    warningDetails = List.copyOf(warningDetails);
    failedDetails = List.copyOf(failedDetails);
    notMigrated = List.copyOf(notMigrated);
  }

  /**
   * Something about a model that needs a look: {@code category} is one of {@code is_incremental},
   * {@code incremental}, {@code test}, {@code unit_test}, {@code this}, {@code unknown_ref},
   * {@code unknown_source}, {@code materialization}, {@code source}.
   */
  @JsonPropertyOrder({"model", "category", "message", "file", "line"})
  public record Warning(
      @JsonProperty("model") String model,
      @JsonProperty("category") String category,
      @JsonProperty("message") String message,
      @JsonProperty("file") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String file,
      @JsonProperty("line") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Integer line) {}

  /** A model that was not translated: where its original went and why. */
  @JsonPropertyOrder({"name", "reason", "file", "kept_at"})
  public record Failure(
      @JsonProperty("name") String name,
      @JsonProperty("reason") String reason,
      @JsonProperty("file") String file,
      @JsonProperty("kept_at") String keptAt) {}
}
