package dev.rocky.app.quality;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The checks of one table: an entry of Rocky's {@code check_results}. */
public record TableCheckResult(
    @JsonProperty("asset_key") List<String> assetKey,
    @JsonProperty("checks") List<CheckResult> checks) {

  public TableCheckResult {
    assetKey = List.copyOf(assetKey);
    checks = List.copyOf(checks);
  }
}
