package dev.rocky.planner.replication;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * What drift handling did to one target, as the run output's {@code drift.actions_taken} lists it:
 * {@code add_columns}, {@code alter_column_types} or {@code drop_and_recreate}, with the reason.
 */
public record DriftAction(
    @JsonProperty("table") String table,
    @JsonProperty("action") String action,
    @JsonProperty("reason") String reason) {

  public DriftAction {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(reason, "reason");
  }
}
