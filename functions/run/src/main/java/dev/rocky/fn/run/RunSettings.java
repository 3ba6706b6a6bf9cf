package dev.rocky.fn.run;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.rocky.core.run.RunTrigger;
import dev.rocky.core.run.SessionSource;
import dev.rocky.core.state.IdempotencyPolicy;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How to run, and what to record about the run: the state machine's execution input, passed to
 * every step as it is (fields a step does not know, such as {@code snapshot_key}, are ignored).
 * The defaults are here, in one place; the state machine fills in nothing but what its own
 * states read.
 *
 * @param trigger what started the run ({@code Manual} by default; a schedule passes {@code Schedule})
 * @param sessionSource where from ({@code http_api} by default: Step Functions is started through the AWS API)
 * @param parallel models of one batch executed at once (Rocky's default, 4)
 * @param batchSize the most models of one layer executed by one Map state ({@value #DEFAULT_BATCH_SIZE})
 * @param segmentModels the most models one child execution runs ({@value #DEFAULT_SEGMENT_MODELS}),
 *     which keeps each execution's history under Step Functions' 25,000 events
 * @param leaseTtlSeconds how long the run lease lasts without renewal; every batch renews it (one hour)
 */
public record RunSettings(
    @JsonProperty("trigger") @Nullable RunTrigger trigger,
    @JsonProperty("session_source") @Nullable SessionSource sessionSource,
    @JsonProperty("triggering_identity") @Nullable String triggeringIdentity,
    @JsonProperty("git_commit") @Nullable String gitCommit,
    @JsonProperty("git_branch") @Nullable String gitBranch,
    @JsonProperty("idempotency_key") @Nullable String idempotencyKey,
    @JsonProperty("target_catalog") @Nullable String targetCatalog,
    @JsonProperty("parallel") @Nullable Integer parallel,
    @JsonProperty("batch_size") @Nullable Integer batchSize,
    @JsonProperty("segment_models") @Nullable Integer segmentModels,
    @JsonProperty("lease_ttl_seconds") @Nullable Long leaseTtlSeconds) {

  public static final int DEFAULT_PARALLEL = 4;
  public static final int DEFAULT_BATCH_SIZE = 250;
  public static final int DEFAULT_SEGMENT_MODELS = 1000;
  /** A Map state's iterations are listed inline: no batch may be larger. */
  public static final int MAX_BATCH_SIZE = 1000;
  public static final RunSettings DEFAULT =
      new RunSettings(null, null, null, null, null, null, null, null, null, null, null);

  public RunSettings {
    if (parallel != null && (parallel < 1 || parallel > 1000)) {
      throw new IllegalArgumentException("parallel must be between 1 and 1000: " + parallel);
    }
    if (batchSize != null && (batchSize < 1 || batchSize > MAX_BATCH_SIZE)) {
      throw new IllegalArgumentException("batch_size must be between 1 and " + MAX_BATCH_SIZE + ": " + batchSize);
    }
    if (segmentModels != null && segmentModels < 1) {
      throw new IllegalArgumentException("segment_models must be positive: " + segmentModels);
    }
    if (leaseTtlSeconds != null && leaseTtlSeconds < 60) {
      throw new IllegalArgumentException("lease_ttl_seconds must be at least 60: " + leaseTtlSeconds);
    }
    if (idempotencyKey != null && idempotencyKey.isBlank()) {
      throw new IllegalArgumentException("idempotency_key must not be blank");
    }
  }

  public RunTrigger effectiveTrigger() {
    return Objects.requireNonNullElse(trigger, RunTrigger.MANUAL);
  }

  public SessionSource effectiveSessionSource() {
    return Objects.requireNonNullElse(sessionSource, SessionSource.HTTP_API);
  }

  public int effectiveParallel() {
    return Objects.requireNonNullElse(parallel, DEFAULT_PARALLEL);
  }

  public int effectiveBatchSize() {
    return Objects.requireNonNullElse(batchSize, DEFAULT_BATCH_SIZE);
  }

  public int effectiveSegmentModels() {
    return Math.max(effectiveBatchSize(), Objects.requireNonNullElse(segmentModels, DEFAULT_SEGMENT_MODELS));
  }

  public Duration leaseTtl() {
    return Duration.ofSeconds(Objects.requireNonNullElse(leaseTtlSeconds, 3600L));
  }

  /** The run's idempotency key is kept as {@code rocky run --idempotency-key} keeps it. */
  public IdempotencyPolicy idempotencyPolicy() {
    return IdempotencyPolicy.DEFAULT;
  }
}
