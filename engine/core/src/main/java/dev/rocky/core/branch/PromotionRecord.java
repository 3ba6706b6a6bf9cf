package dev.rocky.core.branch;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The audit record of one promotion: which branch run replaced which production tables, who did it,
 * on which approvals, and the breaking changes let through with {@code --allow-breaking}. Kept after
 * the branch is deleted.
 *
 * @param promotionId {@code promote-%Y%m%d-%H%M%S-%3f} of the UTC time it was made
 * @param projectDigest the SHA-256 of the project files the branch was built and approved at
 * @param approvers the signers of the approvals the gate accepted (empty when none were required)
 * @param allowBreaking whether {@code --allow-breaking} was given
 * @param breakingChanges what the breaking-change gate found; non-empty only with {@code allowBreaking}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PromotionRecord(
    @JsonProperty("promotion_id") String promotionId,
    @JsonProperty("branch") String branch,
    @JsonProperty("promoted_at") Instant promotedAt,
    @JsonProperty("promoted_by") @Nullable String promotedBy,
    @JsonProperty("git_commit") @Nullable String gitCommit,
    @JsonProperty("branch_run_id") String branchRunId,
    @JsonProperty("project_digest") String projectDigest,
    @JsonProperty("approvers") List<String> approvers,
    @JsonProperty("allow_breaking") boolean allowBreaking,
    @JsonProperty("breaking_changes") List<BreakingChange> breakingChanges,
    @JsonProperty("tables") List<PromotedTable> tables) {

  public PromotionRecord {
    Objects.requireNonNull(promotionId, "promotionId");
    Objects.requireNonNull(branch, "branch");
    Objects.requireNonNull(promotedAt, "promotedAt");
    Objects.requireNonNull(branchRunId, "branchRunId");
    Objects.requireNonNull(projectDigest, "projectDigest");
    approvers = List.copyOf(Objects.requireNonNullElse(approvers, List.of()));
    breakingChanges = List.copyOf(Objects.requireNonNullElse(breakingChanges, List.of()));
    tables = List.copyOf(Objects.requireNonNullElse(tables, List.of()));
  }

  /**
   * One production table replaced from the branch.
   *
   * @param method {@code clone} (zero-copy), {@code ctas} (copied) or {@code view} (re-created over production)
   * @param recipeHash the recipe the branch table was built from, when recorded
   * @param provenance the branch execution's replay record, when recorded
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record PromotedTable(
      @JsonProperty("model") String model,
      @JsonProperty("source") String source,
      @JsonProperty("target") String target,
      @JsonProperty("method") String method,
      @JsonProperty("recipe_hash") @Nullable String recipeHash,
      @JsonProperty("provenance") @Nullable String provenance) {
    public PromotedTable {
      Objects.requireNonNull(model, "model");
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(method, "method");
    }
  }

  /** A change that breaks consumers: a column removed, or narrowed, that downstream columns read. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record BreakingChange(
      @JsonProperty("model") String model,
      @JsonProperty("column") String column,
      @JsonProperty("change_type") String changeType,
      @JsonProperty("old_type") @Nullable String oldType,
      @JsonProperty("new_type") @Nullable String newType,
      @JsonProperty("consumers") List<String> consumers) {
    public BreakingChange {
      Objects.requireNonNull(model, "model");
      Objects.requireNonNull(column, "column");
      Objects.requireNonNull(changeType, "changeType");
      consumers = List.copyOf(Objects.requireNonNullElse(consumers, List.of()));
    }
  }
}
