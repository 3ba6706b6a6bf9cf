package dev.rocky.app.govern;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * What applying a {@link GovernPlan} did: the statements run and those that failed, every classified
 * column's mask as read back, and the grants added and revoked. {@link #errors()} lists everything that
 * did not apply; a run treats each as an error.
 */
@JsonPropertyOrder({"env", "dialect", "statements_run", "failed", "masks", "grants_added", "grants_revoked", "errors"})
public record GovernOutcome(
    @JsonProperty("env") String env,
    @JsonProperty("dialect") String dialect,
    @JsonProperty("statements_run") int statementsRun,
    @JsonProperty("failed") List<Failed> failed,
    @JsonProperty("masks") List<MaskCheck> masks,
    @JsonProperty("grants_added") int grantsAdded,
    @JsonProperty("grants_revoked") int grantsRevoked) {

  public GovernOutcome {
    failed = List.copyOf(failed);
    masks = List.copyOf(masks);
  }

  /** A statement the warehouse rejected. */
  @JsonPropertyOrder({"purpose", "target", "model", "sql", "error"})
  @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
  public record Failed(
      @JsonProperty("purpose") GovernStatement.Purpose purpose,
      @JsonProperty("target") String target,
      @JsonProperty("model") @org.jspecify.annotations.Nullable String model,
      @JsonProperty("sql") String sql,
      @JsonProperty("error") String error) {}

  /** One error per failed statement and per column whose mask is not as intended. */
  @JsonProperty("errors")
  public List<String> errors() {
    List<String> out = new ArrayList<>();
    failed.forEach(f -> out.add(f.purpose().name().toLowerCase(java.util.Locale.ROOT) + " on " + f.target() + " failed: "
        + f.error()));
    masks.stream().filter(m -> !m.enforced())
        .forEach(m -> out.add("mask of " + m.model() + "." + m.column() + " (" + m.classification() + ", " + m.expected()
            + ") did not apply: " + m.problem()));
    return out;
  }

  @JsonIgnore
  public boolean ok() {
    return errors().isEmpty();
  }
}
