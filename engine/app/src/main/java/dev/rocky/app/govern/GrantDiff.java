package dev.rocky.app.govern;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The difference between the desired and the current grants: only these statements are issued. A
 * permission the warehouse cannot express on a securable is listed in {@code skipped}, never guessed.
 */
@JsonPropertyOrder({"changes", "skipped", "notes"})
public record GrantDiff(
    @JsonProperty("changes") List<Change> changes,
    @JsonProperty("skipped") List<Skipped> skipped,
    @JsonProperty("notes") List<String> notes) {

  public GrantDiff {
    changes = List.copyOf(changes);
    skipped = List.copyOf(skipped);
    notes = List.copyOf(notes);
  }

  public static GrantDiff none(String note) {
    return new GrantDiff(List.of(), List.of(), List.of(note));
  }

  public int grants() {
    return (int) changes.stream().filter(c -> c.action() == Action.GRANT).count();
  }

  public int revokes() {
    return (int) changes.stream().filter(c -> c.action() == Action.REVOKE).count();
  }

  public enum Action {
    @JsonProperty("grant")
    GRANT,
    @JsonProperty("revoke")
    REVOKE
  }

  /** One GRANT or REVOKE and the reason for it. */
  @JsonPropertyOrder({"action", "on", "securable", "principal", "privilege", "source", "sql"})
  public record Change(
      @JsonProperty("action") Action action,
      @JsonProperty("on") String kind,
      @JsonProperty("securable") String securable,
      @JsonProperty("principal") String principal,
      @JsonProperty("privilege") String privilege,
      @JsonProperty("source") String source,
      @JsonProperty("sql") String sql) {}

  /** A configured permission that was not planned, and why. */
  public record Skipped(
      @JsonProperty("on") String kind,
      @JsonProperty("securable") String securable,
      @JsonProperty("principal") String principal,
      @JsonProperty("permission") String permission,
      @JsonProperty("source") String source,
      @JsonProperty("reason") String reason) {}
}
