package dev.rocky.app.govern;

import dev.rocky.app.run.RunOutput;
import dev.rocky.core.config.GovernanceSections.MaskFailure;
import dev.rocky.core.run.FailureKind;
import dev.rocky.core.run.RunStatus;
import java.util.ArrayList;
import java.util.List;

/** Folds a run's governance outcome into its {@link RunOutput}: errors, {@code permissions} and status. */
final class RunOutputGovernance {
  private RunOutputGovernance() {}

  static RunOutput fold(RunOutput o, GovernOutcome g, MaskFailure mode) {
    List<RunOutput.RunError> errors = new ArrayList<>(o.errors());
    for (GovernOutcome.Failed f : g.failed()) {
      errors.add(new RunOutput.RunError(List.of(f.target()), f.model() == null ? "" : f.model(),
          "governance: " + f.purpose().name().toLowerCase(java.util.Locale.ROOT) + " on " + f.target() + " failed: "
              + f.error(), FailureKind.QUERY_REJECTED));
    }
    for (MaskCheck m : g.masks()) {
      if (!m.enforced()) {
        errors.add(new RunOutput.RunError(List.of(m.model(), m.column()), m.model(),
            "governance: the " + m.expected() + " mask of " + m.model() + "." + m.column() + " (" + m.classification()
                + ") did not apply: " + m.problem(), FailureKind.UNKNOWN));
      }
    }
    RunStatus status = o.status();
    if (!g.ok()) {
      status = switch (mode) {
        case ABORT -> RunStatus.FAILURE;
        case ERROR -> status == RunStatus.SUCCESS ? RunStatus.PARTIAL_FAILURE : status;
      };
    }
    RunOutput.PermissionSummary permissions = new RunOutput.PermissionSummary(
        o.permissions().grantsAdded() + g.grantsAdded(), o.permissions().grantsRevoked() + g.grantsRevoked(),
        o.permissions().catalogsCreated(), o.permissions().schemasCreated());
    return new RunOutput(o.version(), o.command(), o.runId(), status, o.filter(), o.durationMs(), o.tablesCopied(),
        o.tablesFailed(), o.tablesSkipped(), o.materializations(), errors, o.contained(), o.modelDecisions(),
        o.partitionSummaries(), o.checkResults(), o.anomalies(), o.quarantine(), permissions, o.drift(), o.execution(),
        o.interrupted(), o.shadow(), o.idempotencyKey(), o.skippedByRunId());
  }
}
