package dev.rocky.app.lineagediff;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.rocky.app.lineage.QualifiedColumn;
import dev.rocky.app.lineage.UnresolvedRecord;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Rocky's {@code LineageDiffOutput}: the changed models between {@code base_ref} and HEAD, each with
 * its column changes and the downstream columns that read each changed column, plus the Markdown
 * block for a pull-request comment. Beyond Rocky: {@code has_breaking_changes}, and per column
 * {@code breaking} and {@code unresolved_consumers} (models that may read the column but whose
 * lineage is unknown).
 */
@JsonPropertyOrder({"base_ref", "head_ref", "summary", "results", "has_breaking_changes", "markdown"})
public record LineageDiffOutput(
    @JsonProperty("base_ref") String baseRef,
    @JsonProperty("head_ref") String headRef,
    @JsonProperty("summary") Summary summary,
    @JsonProperty("results") List<ModelResult> results,
    @JsonProperty("has_breaking_changes") boolean hasBreakingChanges,
    @JsonProperty("markdown") String markdown) {

  public LineageDiffOutput {
    Objects.requireNonNull(baseRef, "baseRef");
    Objects.requireNonNull(headRef, "headRef");
    Objects.requireNonNull(summary, "summary");
    results = List.copyOf(results);
    Objects.requireNonNull(markdown, "markdown");
  }

  @JsonPropertyOrder({"total_models", "unchanged", "modified", "added", "removed"})
  public record Summary(
      @JsonProperty("total_models") int totalModels,
      @JsonProperty("unchanged") int unchanged,
      @JsonProperty("modified") int modified,
      @JsonProperty("added") int added,
      @JsonProperty("removed") int removed) {

    public static Summary of(List<ModelResult> results) {
      int u = 0;
      int m = 0;
      int a = 0;
      int r = 0;
      for (ModelResult x : results) {
        switch (x.status()) {
          case "unchanged" -> u++;
          case "modified" -> m++;
          case "added" -> a++;
          default -> r++;
        }
      }
      return new Summary(results.size(), u, m, a, r);
    }

    /** No model added, removed or modified. */
    public boolean clean() {
      return modified + added + removed == 0;
    }
  }

  /** {@code status}: {@code added}, {@code modified}, {@code removed} or {@code unchanged}. */
  @JsonPropertyOrder({"model_name", "status", "column_changes"})
  public record ModelResult(
      @JsonProperty("model_name") String modelName,
      @JsonProperty("status") String status,
      @JsonProperty("column_changes") List<ColumnChange> columnChanges) {
    public ModelResult {
      Objects.requireNonNull(modelName, "modelName");
      Objects.requireNonNull(status, "status");
      columnChanges = List.copyOf(columnChanges);
    }
  }

  /**
   * {@code change_type}: {@code added}, {@code removed} or {@code type_changed}; types in Rocky's
   * display spelling ({@code INT64}, {@code DECIMAL(12,2)}, {@code ?} when unknown), omitted when
   * absent; empty lists and a false {@code breaking} are omitted.
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"column_name", "change_type", "old_type", "new_type", "downstream_consumers", "unresolved_consumers",
      "breaking"})
  public record ColumnChange(
      @JsonProperty("column_name") String columnName,
      @JsonProperty("change_type") String changeType,
      @JsonProperty("old_type") @Nullable String oldType,
      @JsonProperty("new_type") @Nullable String newType,
      @JsonProperty("downstream_consumers") List<QualifiedColumn> downstreamConsumers,
      @JsonProperty("unresolved_consumers") List<UnresolvedRecord> unresolvedConsumers,
      @JsonProperty("breaking") @Nullable Boolean breaking) {
    public ColumnChange {
      Objects.requireNonNull(columnName, "columnName");
      Objects.requireNonNull(changeType, "changeType");
      downstreamConsumers = List.copyOf(downstreamConsumers);
      unresolvedConsumers = List.copyOf(unresolvedConsumers);
      breaking = Boolean.TRUE.equals(breaking) ? Boolean.TRUE : null;
    }

    public boolean isBreaking() {
      return Boolean.TRUE.equals(breaking);
    }
  }
}
