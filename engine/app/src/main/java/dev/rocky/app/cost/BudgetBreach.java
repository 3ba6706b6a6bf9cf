package dev.rocky.app.cost;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.rocky.compiler.cost.LimitType;
import dev.rocky.core.config.CostSections.OnBreach;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A limit of a {@code [budget]} a run went over: Rocky's {@code budget_breaches[]} entry, with the
 * model for a model's own budget (none for the project's) and the resolved {@code on_breach}.
 *
 * @param limit the ceiling: USD for {@code max_usd}, milliseconds, or bytes
 * @param actual what the run (or the model) cost, took or scanned
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"model", "limit_type", "limit", "actual", "on_breach"})
public record BudgetBreach(
    @JsonProperty("model") @Nullable String model,
    @JsonProperty("limit_type") LimitType limitType,
    @JsonProperty("limit") Number limit,
    @JsonProperty("actual") Number actual,
    @JsonProperty("on_breach") OnBreach onBreach) {

  public BudgetBreach {
    Objects.requireNonNull(limitType, "limitType");
    Objects.requireNonNull(limit, "limit");
    Objects.requireNonNull(actual, "actual");
    Objects.requireNonNull(onBreach, "onBreach");
  }

  /** Whether this breach fails the run ({@code on_breach = "error"}). */
  @JsonIgnore
  public boolean fails() {
    return onBreach == OnBreach.ERROR;
  }

  /** One line for people: {@code run duration 1520 ms is over max_duration_ms = 1 ms}. */
  public String describe() {
    String what = switch (limitType) {
      case MAX_USD -> "cost";
      case MAX_DURATION_MS -> "duration";
      case MAX_BYTES_SCANNED -> "bytes scanned";
    };
    String whose = model == null ? "run" : "model '" + model + "'";
    return whose + " " + what + " " + limitType.display(actual) + " is over " + limitType.key() + " = "
        + limitType.display(limit);
  }
}
