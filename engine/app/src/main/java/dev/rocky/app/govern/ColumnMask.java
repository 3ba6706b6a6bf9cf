package dev.rocky.app.govern;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.rocky.core.types.RockyType;
import dev.rocky.core.types.TypedColumn;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A classified column of a target and the mask it gets: its strategy in the environment, and the
 * mask actually applied (unresolved tags fail closed, see {@link ResolvedMask#applied()}).
 * {@code column} is the table's spelling; null {@code type} means the table has no such column.
 */
@JsonPropertyOrder({"model", "table", "column", "classification", "source", "strategy", "applied"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ColumnMask(
    @JsonIgnore GovernTarget target,
    @JsonIgnore ResolvedMask resolved,
    @JsonProperty("column") String column,
    @JsonIgnore @Nullable RockyType type) {

  public ColumnMask {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(resolved, "resolved");
    Objects.requireNonNull(column, "column");
  }

  @JsonProperty("model")
  public String model() {
    return target.name();
  }

  @JsonProperty("table")
  public String table() {
    return target.table().qualifiedName();
  }

  @JsonProperty("classification")
  public String classification() {
    return resolved.column().tag();
  }

  @JsonProperty("source")
  public String source() {
    return resolved.column().inherited() ? "inherited" : "declared";
  }

  @JsonProperty("strategy")
  public String strategy() {
    return resolved.strategyId();
  }

  @JsonProperty("applied")
  public String applied() {
    return resolved.applied().id();
  }

  /** Whether the table has the column at all. */
  @JsonIgnore
  public boolean present() {
    return type != null;
  }

  /** The masks of the targets' classified columns, target by target. */
  public static List<ColumnMask> of(List<GovernTarget> targets, List<ResolvedMask> resolved) {
    Map<String, GovernTarget> byModel = new HashMap<>();
    targets.forEach(t -> byModel.put(t.name().toLowerCase(java.util.Locale.ROOT), t));
    List<ColumnMask> out = new ArrayList<>();
    for (ResolvedMask r : resolved) {
      GovernTarget t = byModel.get(r.column().model().toLowerCase(java.util.Locale.ROOT));
      if (t == null) {
        continue;
      }
      TypedColumn c = t.column(r.column().column()).orElse(null);
      out.add(new ColumnMask(t, r, c == null ? r.column().column() : c.name(), c == null ? null : c.type()));
    }
    return out;
  }
}
