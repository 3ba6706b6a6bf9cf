package dev.rocky.app.branch;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.rocky.core.branch.PromotionRecord;
import org.jspecify.annotations.Nullable;

/**
 * How a promotion ended: {@code promoted} (with its audit record) or {@code refused} (the plan says
 * which gate closed; nothing was changed).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PromotionOutcome(
    @JsonProperty("status") String status,
    @JsonProperty("plan") PromotionPlan plan,
    @JsonProperty("promotion") @Nullable PromotionRecord promotion) {

  public boolean promoted() {
    return promotion != null;
  }
}
