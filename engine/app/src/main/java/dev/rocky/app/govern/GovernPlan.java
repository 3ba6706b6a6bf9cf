package dev.rocky.app.govern;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * What {@code rocky govern plan} shows and {@code rocky govern apply} runs: the masks of the
 * environment, the statements that put masks and tags in place, and the grant difference.
 */
@JsonPropertyOrder({"env", "dialect", "masks", "statements", "grants", "notes"})
public record GovernPlan(
    @JsonProperty("env") String env,
    @JsonProperty("dialect") String dialect,
    @JsonProperty("masks") List<ColumnMask> masks,
    @JsonProperty("statements") List<GovernStatement> statements,
    @JsonProperty("grants") GrantDiff grants,
    @JsonProperty("notes") List<String> notes) {

  public GovernPlan {
    masks = List.copyOf(masks);
    statements = List.copyOf(statements);
    notes = List.copyOf(notes);
  }

  /** The mask and tag statements, then the grant difference, in the order they run. */
  @JsonIgnore
  public List<GovernStatement> allStatements() {
    List<GovernStatement> out = new java.util.ArrayList<>(statements);
    grants.changes().forEach(c -> out.add(new GovernStatement(
        c.action() == GrantDiff.Action.GRANT ? GovernStatement.Purpose.GRANT : GovernStatement.Purpose.REVOKE,
        c.kind() + " " + c.securable(), null, c.sql())));
    return out;
  }
}
