package dev.rocky.fn.branch;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a step answered, small whatever the project's size (the tables are counted; the promotion
 * record in the state store lists them).
 *
 * @param allowed whether every gate passes
 * @param status {@code promote} only: {@code promoted} or {@code refused}
 * @param promotionId {@code promote} only, when promoted: the promotion record's id
 * @param runId the branch run whose tables are (or would be) promoted; absent when the branch never ran
 * @param tables how many production tables are (or would be) replaced
 * @param summary one line: what was promoted, or why not
 * @param refusals the closed gates: {@code branch_not_found}, {@code branch_not_run},
 *     {@code branch_run_failed}, {@code branch_stale}, {@code approval_required}, {@code breaking_changes}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BranchFunctionResponse(
    @JsonProperty("step") BranchFunctionRequest.Step step,
    @JsonProperty("branch") String branch,
    @JsonProperty("allowed") boolean allowed,
    @JsonProperty("status") @Nullable String status,
    @JsonProperty("promotion_id") @Nullable String promotionId,
    @JsonProperty("run_id") @Nullable String runId,
    @JsonProperty("tables") int tables,
    @JsonProperty("summary") String summary,
    @JsonProperty("refusals") List<Refusal> refusals) {

  public BranchFunctionResponse {
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(branch, "branch");
    Objects.requireNonNull(summary, "summary");
    refusals = List.copyOf(refusals);
  }

  /** A closed gate and what it said. */
  public record Refusal(@JsonProperty("code") String code, @JsonProperty("message") String message) {}
}
