package dev.rocky.app.replication;

import dev.rocky.app.run.RunOptions;
import dev.rocky.app.run.RunOutput;
import dev.rocky.core.RockyVersion;
import dev.rocky.core.config.ExecutionConfig;
import dev.rocky.core.run.FailureKind;
import dev.rocky.core.run.ModelExecution;
import dev.rocky.core.run.ModelStatus;
import dev.rocky.core.run.RunStatus;
import dev.rocky.planner.replication.TableTask;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/** The run output and run record entries of a replication run's table outcomes. */
final class ReplicationOutputs {
  private ReplicationOutputs() {}

  static RunOutput of(String runId, Instant started, Instant finished, List<TableOutcome> outcomes,
      int skipped, ExecutionConfig execution, RunOptions options, boolean abortedByHook) {
    List<RunOutput.Materialization> materializations = new ArrayList<>();
    List<RunOutput.RunError> errors = new ArrayList<>();
    List<Object> actions = new ArrayList<>();
    int checked = 0;
    int drifted = 0;
    for (TableOutcome o : outcomes) {
      checked += o.driftChecked() ? 1 : 0;
      drifted += o.drift().isEmpty() ? 0 : 1;
      actions.addAll(o.drift());
      if (o.succeeded()) {
        materializations.add(materialization(o));
      } else {
        errors.add(new RunOutput.RunError(o.task().assetKey(), o.task().targetKey(), o.error(),
            o.failureKind() == null ? FailureKind.UNKNOWN : o.failureKind()));
      }
    }
    int failed = errors.size();
    RunStatus status = abortedByHook ? RunStatus.FAILURE
        : failed == 0 && skipped == 0 ? RunStatus.SUCCESS
        : materializations.isEmpty() ? RunStatus.FAILURE : RunStatus.PARTIAL_FAILURE;
    int concurrency = Math.max(1, Math.min(execution.concurrency().max(), Math.max(1, outcomes.size() + skipped)));
    return new RunOutput(RockyVersion.get(), "run", runId, status, options.filter(),
        ReplicationRunner.millis(started, finished), materializations.size(), failed, skipped, materializations, errors,
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), RunOutput.PermissionSummary.NONE,
        new RunOutput.DriftSummary(checked, drifted, actions),
        new RunOutput.ExecutionSummary(concurrency, outcomes.size(), failed, execution.concurrency().adaptive()),
        false, false, options.idempotencyKey(), null);
  }

  static List<ModelExecution> executions(List<TableOutcome> outcomes, Map<TableTask, Integer> attempts) {
    return outcomes.stream().map(o -> new ModelExecution(o.task().targetKey(), o.startedAt(),
        o.startedAt().plusMillis(o.durationMs()), o.durationMs(), o.rowsCopied(), null, null,
        o.succeeded() ? ModelStatus.SUCCESS : ModelStatus.FAILED, sqlHash(o.statements()), o.error(), List.of()))
        .toList();
  }

  private static RunOutput.Materialization materialization(TableOutcome o) {
    RunOutput.MaterializationMetadata metadata = new RunOutput.MaterializationMetadata(o.task().strategy().type(),
        o.watermark() == null ? null : o.watermark().toString(), o.task().targetKey(), sqlHash(o.statements()),
        o.columnCount());
    return new RunOutput.Materialization(o.task().assetKey(), o.rowsCopied(), o.durationMs(), o.startedAt().toString(),
        metadata, null, null, null, null, List.of(), List.of());
  }

  /** The first 16 hex characters of the SHA-256 of the statements, joined by {@code ";\n"}. */
  static String sqlHash(List<String> statements) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(String.join(";\n", statements).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }
}
