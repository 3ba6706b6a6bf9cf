package dev.rocky.app.quality;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A row count far from its history: an entry of Rocky's {@code anomalies}. */
public record AnomalyResult(
    @JsonProperty("table") String table,
    @JsonProperty("current_count") long currentCount,
    @JsonProperty("baseline_avg") double baselineAvg,
    @JsonProperty("deviation_pct") double deviationPct,
    @JsonProperty("reason") String reason) {}
