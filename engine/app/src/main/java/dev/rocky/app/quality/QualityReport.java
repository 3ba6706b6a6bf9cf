package dev.rocky.app.quality;

import dev.rocky.app.run.RunOutput;
import dev.rocky.core.run.CheckOutcome;
import dev.rocky.core.run.RunStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * The data-quality results of a run: what {@code RunOutput} shows ({@code check_results},
 * {@code anomalies}, {@code quarantine}), what the run record keeps ({@code check_outcomes}), and
 * whether a failure fails the run.
 */
public record QualityReport(
    List<TableCheckResult> checkResults,
    List<AnomalyResult> anomalies,
    List<QuarantineResult> quarantine,
    List<CheckOutcome> outcomes,
    boolean blocking) {

  public static final QualityReport EMPTY = new QualityReport(List.of(), List.of(), List.of(), List.of(), false);

  public QualityReport {
    checkResults = List.copyOf(checkResults);
    anomalies = List.copyOf(anomalies);
    quarantine = List.copyOf(quarantine);
    outcomes = List.copyOf(outcomes);
  }

  /** The report of several checked tables, in order. */
  public static QualityReport of(List<TableChecker.Outcome> tables) {
    List<TableCheckResult> results = new ArrayList<>();
    List<AnomalyResult> anomalies = new ArrayList<>();
    List<QuarantineResult> quarantine = new ArrayList<>();
    List<CheckOutcome> outcomes = new ArrayList<>();
    boolean blocking = false;
    for (TableChecker.Outcome t : tables) {
      results.add(t.result());
      anomalies.addAll(t.anomalies());
      t.quarantine().ifPresent(quarantine::add);
      String table = String.join(".", t.result().assetKey());
      t.result().checks().forEach(c -> outcomes.add(new CheckOutcome(c.name(), c.passed(), table)));
      blocking |= t.blocking();
    }
    return new QualityReport(results, anomalies, quarantine, outcomes, blocking);
  }

  /** A run's status once its checks are counted: a blocking failure makes it a Failure. */
  public RunStatus adjust(RunStatus status) {
    return blocking && (status == RunStatus.SUCCESS || status == RunStatus.PARTIAL_FAILURE) ? RunStatus.FAILURE : status;
  }

  /** The output with these results and the adjusted status. */
  public RunOutput applyTo(RunOutput output) {
    return output.withQuality(adjust(output.status()), checkResults, anomalies, quarantine);
  }
}
