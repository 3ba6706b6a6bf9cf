package dev.rocky.app.quality;

import dev.rocky.app.execute.ModelResult;
import java.util.List;

/** What a run checks once its models are built; {@link #NONE} checks nothing. */
@FunctionalInterface
public interface RunChecks {

  RunChecks NONE = (runId, results) -> QualityReport.EMPTY;

  /** Checks the tables of the models that succeeded; failures are in the report, never thrown. */
  QualityReport afterModels(String runId, List<ModelResult> results);
}
