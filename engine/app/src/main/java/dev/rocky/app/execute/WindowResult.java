package dev.rocky.app.execute;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.rocky.core.run.ModelStatus;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How one window of a time_interval model went. Run output reports one materialization per
 * successful window.
 *
 * @param key the canonical key of the window's first partition
 * @param start the window's inclusive start, in UTC
 * @param end the window's exclusive end, in UTC
 * @param batchedWith keys of the further partitions merged into this window
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WindowResult(
    @JsonProperty("key") String key,
    @JsonProperty("start") Instant start,
    @JsonProperty("end") Instant end,
    @JsonProperty("batched_with") List<String> batchedWith,
    @JsonProperty("status") ModelStatus status,
    @JsonProperty("started_at") Instant startedAt,
    @JsonProperty("duration_ms") long durationMs,
    @JsonProperty("rows_affected") @Nullable Long rowsAffected) {

  public WindowResult {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(startedAt, "startedAt");
    batchedWith = List.copyOf(batchedWith);
  }
}
