package dev.rocky.app.branch;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.rocky.core.branch.PromotionRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * What a promotion would do and whether it may: the branch run whose tables replace production's,
 * both gates' verdicts, the tables, and the refusals (empty when it may go ahead).
 */
public record PromotionPlan(
    @JsonProperty("branch") String branch,
    @JsonProperty("schema") String schema,
    @JsonProperty("branch_run_id") String branchRunId,
    @JsonProperty("project_digest") String projectDigest,
    @JsonProperty("approval") ApprovalVerdict approval,
    @JsonProperty("breaking_changes") BreakingVerdict breaking,
    @JsonProperty("tables") List<PromotionRecord.PromotedTable> tables,
    @JsonProperty("refusals") List<Refusal> refusals) {

  public PromotionPlan {
    tables = List.copyOf(tables);
    refusals = List.copyOf(refusals);
  }

  /** A closed gate: {@code code} is {@code approval_required} or {@code breaking_changes}. */
  public record Refusal(@JsonProperty("code") String code, @JsonProperty("message") String message) {}

  static List<Refusal> refusals(ApprovalVerdict approval, BreakingVerdict breaking) {
    List<Refusal> out = new ArrayList<>();
    if (!approval.passed()) {
      out.add(new Refusal("approval_required", approval.refusal()));
    }
    if (!breaking.passed()) {
      out.add(new Refusal("breaking_changes", breaking.refusal()));
    }
    return out;
  }

  public boolean allowed() {
    return refusals.isEmpty();
  }
}
