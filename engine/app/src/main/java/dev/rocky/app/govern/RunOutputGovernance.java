package dev.rocky.app.govern;

import dev.rocky.app.run.RunOutput;
import dev.rocky.core.config.GovernanceSections.MaskFailure;
import dev.rocky.core.run.FailureKind;
import dev.rocky.core.run.RunStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Folds a run's governance outcome into its {@link RunOutput}: errors, {@code permissions} and status. */
final class RunOutputGovernance {
  private RunOutputGovernance() {}

  static RunOutput fold(RunOutput o, GovernOutcome g, MaskFailure mode) {
    List<RunOutput.RunError> errors = new ArrayList<>(o.errors());
    for (GovernOutcome.Failed f : g.failed()) {
      errors.add(new RunOutput.RunError(List.of(f.target()), f.model() == null ? "" : f.model(),
          "governance: " + f.purpose().name().toLowerCase(Locale.ROOT) + " on " + f.target() + " failed: " + f.error(),
          FailureKind.QUERY_REJECTED));
    }
    for (MaskCheck m : g.masks()) {
      if (!m.enforced()) {
        errors.add(new RunOutput.RunError(List.of(m.model(), m.column()), m.model(),
            "governance: the " + m.expected() + " mask of " + m.model() + "." + m.column() + " (" + m.classification()
                + ") did not apply: " + m.problem(), FailureKind.UNKNOWN));
      }
    }
    RunOutput.PermissionSummary permissions = new RunOutput.PermissionSummary(
        o.permissions().grantsAdded() + g.grantsAdded(), o.permissions().grantsRevoked() + g.grantsRevoked(),
        o.permissions().catalogsCreated(), o.permissions().schemasCreated());
    return copy(o, status(o.status(), g.ok(), mode), errors, permissions);
  }

  /** The governance step could not run at all: one error, and the status it calls for. */
  static RunOutput failed(RunOutput o, String message, MaskFailure mode) {
    List<RunOutput.RunError> errors = new ArrayList<>(o.errors());
    errors.add(new RunOutput.RunError(List.of("governance"), "", "governance: " + message, FailureKind.UNKNOWN));
    return copy(o, status(o.status(), false, mode), errors, o.permissions());
  }

  /** A mask that did not apply is never a warning: PartialFailure at best, Failure under {@code abort}. */
  private static RunStatus status(RunStatus models, boolean governed, MaskFailure mode) {
    if (governed) {
      return models;
    }
    return switch (mode) {
      case ABORT -> RunStatus.FAILURE;
      case ERROR -> models == RunStatus.SUCCESS ? RunStatus.PARTIAL_FAILURE : models;
    };
  }

  private static RunOutput copy(RunOutput o, RunStatus status, List<RunOutput.RunError> errors,
      RunOutput.PermissionSummary permissions) {
    return new RunOutput(o.version(), o.command(), o.runId(), status, o.filter(), o.durationMs(), o.tablesCopied(),
        o.tablesFailed(), o.tablesSkipped(), o.materializations(), errors, o.contained(), o.modelDecisions(),
        o.partitionSummaries(), o.checkResults(), o.anomalies(), o.quarantine(), permissions, o.drift(), o.execution(),
        o.interrupted(), o.shadow(), o.idempotencyKey(), o.skippedByRunId(), o.costSummary(), o.budgetBreaches());
  }
}
