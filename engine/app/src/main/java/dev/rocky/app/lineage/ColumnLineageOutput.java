package dev.rocky.app.lineage;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * Rocky's {@code ColumnLineageOutput} for {@code rocky lineage <model>.<column>}: the transitive walk
 * ({@code direction} {@code upstream} or {@code downstream}), edges in breadth-first order. Beyond
 * Rocky: {@code unresolved}, the columns met whose lineage is unknown (empty when the trace is complete).
 */
@JsonPropertyOrder({"model", "column", "direction", "trace", "unresolved"})
public record ColumnLineageOutput(
    @JsonProperty("model") String model,
    @JsonProperty("column") String column,
    @JsonProperty("direction") String direction,
    @JsonProperty("trace") List<EdgeRecord> trace,
    @JsonProperty("unresolved") List<UnresolvedRecord> unresolved) {

  public ColumnLineageOutput {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(direction, "direction");
    trace = List.copyOf(trace);
    unresolved = List.copyOf(unresolved);
  }
}
