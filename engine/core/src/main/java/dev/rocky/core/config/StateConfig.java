package dev.rocky.core.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * {@code [state]}: where watermarks, run records and history live between runs. The backend
 * defaults to {@code local}; remote backends sync the state file to S3, GCS or Valkey.
 */
public record StateConfig(
    @JsonProperty("backend") Backend backend,
    @JsonProperty("s3_bucket") @Nullable String s3Bucket,
    @JsonProperty("s3_prefix") String s3Prefix,
    @JsonProperty("gcs_bucket") @Nullable String gcsBucket,
    @JsonProperty("gcs_prefix") String gcsPrefix,
    @JsonProperty("valkey_url") @Nullable String valkeyUrl,
    @JsonProperty("valkey_prefix") String valkeyPrefix,
    @JsonProperty("transfer_timeout_seconds") Long transferTimeoutSeconds,
    @JsonProperty("on_upload_failure") OnUploadFailure onUploadFailure,
    @JsonProperty("namespacing") Namespacing namespacing,
    @JsonProperty("concurrency_control") ConcurrencyControl concurrencyControl,
    @JsonProperty("on_schema_mismatch") OnSchemaMismatch onSchemaMismatch,
    @JsonProperty("freeze_marker_writes") Boolean freezeMarkerWrites,
    @JsonProperty("retry") RetryConfig retry,
    @JsonProperty("idempotency") Idempotency idempotency) {

  public StateConfig {
    backend = Values.or(backend, Backend.LOCAL);
    s3Prefix = Values.or(s3Prefix, "rocky/state/");
    gcsPrefix = Values.or(gcsPrefix, "rocky/state/");
    valkeyPrefix = Values.or(valkeyPrefix, "rocky:state:");
    transferTimeoutSeconds = Values.or(transferTimeoutSeconds, 300L);
    onUploadFailure = Values.or(onUploadFailure, OnUploadFailure.SKIP);
    namespacing = Values.or(namespacing, Namespacing.NONE);
    concurrencyControl = Values.or(concurrencyControl, ConcurrencyControl.OFF);
    onSchemaMismatch = Values.or(onSchemaMismatch, OnSchemaMismatch.RECREATE);
    freezeMarkerWrites = Values.or(freezeMarkerWrites, false);
    retry = Values.or(retry, RetryConfig.defaults());
    idempotency = Values.or(idempotency, new Idempotency(null, null, null));
  }

  public static StateConfig defaults() {
    return new StateConfig(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  public enum Backend {
    @JsonProperty("local")
    LOCAL,
    @JsonProperty("s3")
    S3,
    @JsonProperty("gcs")
    GCS,
    @JsonProperty("valkey")
    VALKEY,
    @JsonProperty("tiered")
    TIERED
  }

  public enum OnUploadFailure {
    @JsonProperty("skip")
    SKIP,
    @JsonProperty("fail")
    FAIL
  }

  public enum Namespacing {
    @JsonProperty("none")
    NONE,
    @JsonProperty("pipeline")
    PIPELINE
  }

  public enum ConcurrencyControl {
    @JsonProperty("off")
    OFF,
    @JsonProperty("cas")
    CAS
  }

  public enum OnSchemaMismatch {
    @JsonProperty("recreate")
    RECREATE,
    @JsonProperty("fail")
    FAIL
  }

  /** {@code [state.idempotency]}: how long run keys are kept and what counts as a duplicate. */
  public record Idempotency(
      @JsonProperty("retention_days") Integer retentionDays,
      @JsonProperty("dedup_on") String dedupOn,
      @JsonProperty("in_flight_ttl_hours") Integer inFlightTtlHours) {
    public Idempotency {
      retentionDays = Values.or(retentionDays, 30);
      dedupOn = Values.or(dedupOn, "success");
      inFlightTtlHours = Values.or(inFlightTtlHours, 24);
    }
  }
}
