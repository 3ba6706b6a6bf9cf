package dev.rocky.core.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code [pipeline.NAME.schedule]} (experimental): a 5-field {@code cron}, its {@code timezone}
 * (default: the project {@code [schedule] timezone}), pipelines to run {@code after},
 * freshness-driven demand, {@code catchup} ({@code latest} or {@code skip}), retries and a timeout.
 */
public record PipelineSchedule(
    @JsonProperty("cron") @Nullable String cron,
    @JsonProperty("timezone") @Nullable String timezone,
    @JsonProperty("after") List<String> after,
    @JsonProperty("freshness") Boolean freshness,
    @JsonProperty("catchup") String catchup,
    @JsonProperty("retry") @Nullable Retry retry,
    @JsonProperty("timeout_minutes") @Nullable Integer timeoutMinutes,
    @JsonProperty("enabled") Boolean enabled) {

  public PipelineSchedule {
    after = Values.list(after);
    freshness = Values.or(freshness, false);
    catchup = Values.or(catchup, "latest");
    enabled = Values.or(enabled, true);
  }

  /** How often a failed scheduled run is retried. */
  public record Retry(@JsonProperty("max") Integer max) {
    public Retry {
      max = Values.or(max, 0);
    }
  }
}
