package dev.rocky.app.branch;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.rocky.core.config.GovernanceSections;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The approval gate's verdict for one promotion ({@code [branch.approval]}): an approval counts
 * when its digest matches its content, it approved the branch's current files (state hash), it is no
 * older than {@code max_age_seconds}, and its signer is in {@code allowed_signers} (when that is
 * set). The gate passes when it is not required, or when at least {@code min_approvers} distinct
 * signers have an approval that counts.
 *
 * @param approvers the distinct signers whose approvals count
 * @param rejected the approvals that do not count, with why
 */
public record ApprovalVerdict(
    @JsonProperty("required") boolean required,
    @JsonProperty("min_approvers") int minApprovers,
    @JsonProperty("state_hash") String stateHash,
    @JsonProperty("approvers") List<String> approvers,
    @JsonProperty("rejected") List<Rejected> rejected,
    @JsonProperty("passed") boolean passed) {

  public ApprovalVerdict {
    approvers = List.copyOf(approvers);
    rejected = List.copyOf(rejected);
  }

  /** An approval that does not count. */
  public record Rejected(
      @JsonProperty("approver") String approver,
      @JsonProperty("approved_at") Instant approvedAt,
      @JsonProperty("reason") String reason) {}

  public static ApprovalVerdict of(GovernanceSections.Approval config, String branch, String stateHash,
      List<Approval> approvals, Instant now) {
    Set<String> valid = new LinkedHashSet<>();
    List<Rejected> rejected = new ArrayList<>();
    for (Approval a : approvals) {
      String why = problem(a, config, branch, stateHash, now);
      if (why == null) {
        valid.add(a.approver());
      } else {
        rejected.add(new Rejected(a.approver(), a.approvedAt(), why));
      }
    }
    boolean required = config.required();
    return new ApprovalVerdict(required, config.minApprovers(), stateHash, List.copyOf(valid), rejected,
        !required || valid.size() >= config.minApprovers());
  }

  private static @org.jspecify.annotations.Nullable String problem(Approval a, GovernanceSections.Approval config,
      String branch, String stateHash, Instant now) {
    if (!a.intact()) {
      return "its digest does not match its content: it was edited after it was signed";
    }
    if (!a.branch().equals(branch)) {
      return "it approves branch '" + a.branch() + "'";
    }
    if (!a.stateHash().equals(stateHash)) {
      return "it approved other project files (state " + a.stateHash().substring(0, 12)
          + "); the models or configuration changed since";
    }
    if (Duration.between(a.approvedAt(), now).getSeconds() > config.maxAgeSeconds()) {
      return "it is older than max_age_seconds (" + config.maxAgeSeconds() + ")";
    }
    if (!config.allowedSigners().isEmpty() && !config.allowedSigners().contains(a.approver())) {
      return "'" + a.approver() + "' is not in allowed_signers";
    }
    return null;
  }

  /** Why the gate is closed, for a refusal; empty when it passed. */
  public String refusal() {
    if (passed) {
      return "";
    }
    return "promotion requires " + minApprovers + " approval" + (minApprovers == 1 ? "" : "s")
        + " of the branch's current files and has " + approvers.size();
  }
}
