package dev.rocky.fn.govern;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.rocky.app.govern.ComplianceReport.ComplianceException;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a step answered, small whatever the project's size: {@code compliance} for {@code govern},
 * {@code catalog} for {@code publish}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GovernFunctionResponse(
    @JsonProperty("run_id") String runId,
    @JsonProperty("step") GovernFunctionRequest.Step step,
    @JsonProperty("compliance") @Nullable Compliance compliance,
    @JsonProperty("catalog") @Nullable Catalog catalog) {

  /** How many exceptions the answer lists; the report has them all. */
  public static final int EXCEPTIONS_SHOWN = 20;

  public GovernFunctionResponse {
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(step, "step");
  }

  /**
   * The compliance of the models the run built: every classified column masked in every
   * environment, or allowed unmasked ({@code compliant}); the whole report (Rocky's
   * {@code compliance} output) under {@code report_key}.
   */
  public record Compliance(
      @JsonProperty("compliant") boolean compliant,
      @JsonProperty("total_classified") int totalClassified,
      @JsonProperty("total_masked") int totalMasked,
      @JsonProperty("total_exceptions") int totalExceptions,
      @JsonProperty("exceptions") List<ComplianceException> exceptions,
      @JsonProperty("report_key") String reportKey) {
    public Compliance {
      exceptions = List.copyOf(exceptions);
    }
  }

  /**
   * The catalog site as written: {@code s3://bucket/prefix}, its home page's key, its size.
   */
  public record Catalog(
      @JsonProperty("bucket") String bucket,
      @JsonProperty("prefix") String prefix,
      @JsonProperty("home_key") String homeKey,
      @JsonProperty("pages") int pages,
      @JsonProperty("files") int files,
      @JsonProperty("bytes") long bytes) {}
}
