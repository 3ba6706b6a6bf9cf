package dev.rocky.core.project;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/** A declared freshness expectation (declarative: it informs W005, the catalog and schedules). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Freshness(
    @JsonProperty("max_lag_seconds") @JsonAlias("expected_lag_seconds") @Nullable Long maxLagSeconds,
    @JsonProperty("time_column") @Nullable String timeColumn,
    @JsonProperty("severity") @Nullable String severity) {}
