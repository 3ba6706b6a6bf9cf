package dev.rocky.app.replay;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.rocky.core.run.RunRecord;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code rocky replay} reports: the run (who, when, from which commit), the mode, one entry per
 * recorded model, and how many models got each verdict. The verdicts are data: replay succeeds
 * whatever they are.
 */
public record ReplayReport(
    @JsonProperty("run_id") String runId,
    @JsonProperty("mode") String mode,
    @JsonProperty("run") RunSummary run,
    @JsonProperty("models") List<ModelReplay> models,
    @JsonProperty("verdicts") Map<String, Integer> verdicts) {

  public ReplayReport {
    models = List.copyOf(models);
    verdicts = java.util.Collections.unmodifiableMap(new TreeMap<>(verdicts));
  }

  /** A report of some of the run's models (a window of them, replayed one by one). */
  public static ReplayReport of(RunRecord run, ReplayMode mode, List<ModelReplay> models) {
    return of(RunSummary.of(run), mode, models);
  }

  static ReplayReport of(RunSummary run, ReplayMode mode, List<ModelReplay> models) {
    Map<String, Integer> counts = new TreeMap<>();
    for (ModelReplay m : models) {
      if (m.verdict() != null) {
        counts.merge(m.verdict(), 1, Integer::sum);
      }
    }
    return new ReplayReport(run.runId(), mode.wireName(), run, models, counts);
  }
}
