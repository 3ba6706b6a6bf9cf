package dev.rocky.fn.replay;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a step answered, small whatever the run's size: {@code plan} the window ({@code run_id},
 * {@code models}, {@code batches}, {@code more}, {@code next_from}); {@code batch} its positions
 * ({@code positions}, {@code more}, {@code next}); {@code model} and {@code model_failed} the
 * {@code verdict} (Rocky's: {@code bit_exact}, {@code executed}, {@code replayable},
 * {@code non_replayable}, {@code diverged}; or {@code failed}) of {@code model}; {@code summary} the
 * window's {@code verdict} ({@code reproduced}, {@code differs}, {@code failed}), {@code models},
 * {@code report_key} (Rocky's replay report of the window) and a one-line {@code summary}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReplayFunctionResponse(
    @JsonProperty("run_id") String runId,
    @JsonProperty("models") @Nullable Integer models,
    @JsonProperty("batches") @Nullable Integer batches,
    @JsonProperty("more") @Nullable Boolean more,
    @JsonProperty("next_from") @Nullable Integer nextFrom,
    @JsonProperty("positions") @Nullable List<Integer> positions,
    @JsonProperty("next") @Nullable Integer next,
    @JsonProperty("model") @Nullable String model,
    @JsonProperty("verdict") @Nullable String verdict,
    @JsonProperty("report_key") @Nullable String reportKey,
    @JsonProperty("summary") @Nullable String summary) {

  static ReplayFunctionResponse window(String runId, int models, int batches, boolean more, int nextFrom) {
    return new ReplayFunctionResponse(runId, models, batches, more, nextFrom, null, null, null, null, null, null);
  }

  static ReplayFunctionResponse batch(String runId, List<Integer> positions, boolean more, int next) {
    return new ReplayFunctionResponse(runId, null, null, more, null, List.copyOf(positions), next, null, null, null, null);
  }

  static ReplayFunctionResponse verdict(String runId, String model, String verdict) {
    return new ReplayFunctionResponse(runId, null, null, null, null, null, null, model, verdict, null, null);
  }

  static ReplayFunctionResponse summary(String runId, int models, String verdict, String reportKey, String summary) {
    return new ReplayFunctionResponse(runId, models, null, null, null, null, null, null, verdict, reportKey, summary);
  }
}
