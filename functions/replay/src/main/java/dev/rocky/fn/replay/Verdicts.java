package dev.rocky.fn.replay;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.rocky.app.replay.ModelReplay;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Where the verdicts of a window's models wait for its summary: by run and position. */
public interface Verdicts {

  void put(String runId, int position, Stored verdict);

  Optional<Stored> get(String runId, int position);

  /**
   * A model's verdict: the replay service's report of it, or the invocation's failure.
   *
   * @param verdict Rocky's verdict name, or {@code failed}
   * @param reason why it is not reproduced, when it is not
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Stored(
      @JsonProperty("model") String model,
      @JsonProperty("verdict") String verdict,
      @JsonProperty("reason") @Nullable String reason,
      @JsonProperty("replay") @Nullable ModelReplay replay) {}
}
