package dev.rocky.app.branch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.core.config.GovernanceSections;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApprovalVerdictTest {
  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
  private static final String STATE = "a".repeat(64);

  private static GovernanceSections.Approval config(boolean required, int min, List<String> signers, long maxAge) {
    return new GovernanceSections.Approval(required, min, signers, maxAge);
  }

  private static Approval by(String who, String state, Instant at) {
    return Approval.sign("fix", state, who, at, null);
  }

  @Test
  void countsDistinctSignersOfTheCurrentStateWithinTheMaximumAge() {
    List<Approval> approvals = List.of(by("alice", STATE, NOW.minusSeconds(60)), by("alice", STATE, NOW.minusSeconds(30)),
        by("bob", "b".repeat(64), NOW), by("carol", STATE, NOW.minusSeconds(7200)));

    ApprovalVerdict verdict = ApprovalVerdict.of(config(true, 2, List.of(), 3600), "fix", STATE, approvals, NOW);

    assertThat(verdict.approvers()).containsExactly("alice");
    assertThat(verdict.rejected()).extracting(ApprovalVerdict.Rejected::reason)
        .anySatisfy(r -> assertThat(r).contains("other project files"))
        .anySatisfy(r -> assertThat(r).contains("older than max_age_seconds (3600)"));
    assertThat(verdict.passed()).isFalse();
    assertThat(verdict.refusal()).isEqualTo("promotion requires 2 approvals of the branch's current files and has 1");
    assertThat(ApprovalVerdict.of(config(true, 1, List.of(), 3600), "fix", STATE, approvals, NOW).passed()).isTrue();
  }

  @Test
  void anEditedApprovalAnotherBranchsOrAnUnlistedSignerDoesNotCount() {
    Approval signed = by("mallory", STATE, NOW);
    Approval edited = new Approval("fix", STATE, "alice", signed.approvedAt(), null, signed.digest());
    Approval other = Approval.sign("other", STATE, "alice", NOW, null);

    ApprovalVerdict verdict = ApprovalVerdict.of(config(true, 1, List.of("alice"), 86400), "fix", STATE,
        List.of(edited, other, signed), NOW);

    assertThat(signed.intact()).isTrue();
    assertThat(edited.intact()).isFalse();
    assertThat(verdict.approvers()).isEmpty();
    assertThat(verdict.rejected()).extracting(ApprovalVerdict.Rejected::reason).containsExactly(
        "its digest does not match its content: it was edited after it was signed", "it approves branch 'other'",
        "'mallory' is not in allowed_signers");
  }

  @Test
  void anUnrequiredGatePassesWithoutApprovals() {
    ApprovalVerdict verdict = ApprovalVerdict.of(config(false, 1, List.of(), 86400), "fix", STATE, List.of(), NOW);
    assertThat(verdict.passed()).isTrue();
    assertThat(verdict.refusal()).isEmpty();
  }
}
