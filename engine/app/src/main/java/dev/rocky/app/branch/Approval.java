package dev.rocky.app.branch;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.rocky.app.replay.CanonicalJson;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An approval of a branch: who approved which state of the project's files, and when. Its
 * {@code digest} is the SHA-256 of the canonical JSON of the other fields, so an edited approval no
 * longer matches it (integrity, not authentication: anyone may write a new one).
 *
 * @param stateHash the {@link ProjectDigest} the approver saw
 * @param digest the approval's id; null only before {@link #sign}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Approval(
    @JsonProperty("branch") String branch,
    @JsonProperty("state_hash") String stateHash,
    @JsonProperty("approver") String approver,
    @JsonProperty("approved_at") Instant approvedAt,
    @JsonProperty("message") @Nullable String message,
    @JsonProperty("digest") @Nullable String digest) {

  public Approval {
    Objects.requireNonNull(branch, "branch");
    Objects.requireNonNull(stateHash, "stateHash");
    Objects.requireNonNull(approver, "approver");
    Objects.requireNonNull(approvedAt, "approvedAt");
  }

  /** A signed approval: its digest computed over the rest. */
  public static Approval sign(String branch, String stateHash, String approver, Instant at, @Nullable String message) {
    Approval body = new Approval(branch, stateHash, approver, at, message, null);
    return new Approval(branch, stateHash, approver, at, message, CanonicalJson.sha256(body));
  }

  /** Whether the digest still matches the content. */
  public boolean intact() {
    return digest != null && digest.equals(CanonicalJson.sha256(new Approval(branch, stateHash, approver, approvedAt,
        message, null)));
  }
}
