package dev.rocky.fn.compile;

import dev.rocky.compiler.CompileResult;
import dev.rocky.core.memory.MemoryArtifactStore;
import dev.rocky.core.memory.MemoryStateStore;
import dev.rocky.app.execute.SqlHash;
import dev.rocky.core.project.Model;
import dev.rocky.core.run.ModelExecution;
import dev.rocky.core.run.ModelStatus;
import dev.rocky.core.run.RunRecord;
import dev.rocky.core.run.RunStatus;
import dev.rocky.core.run.RunTrigger;
import dev.rocky.core.run.SessionSource;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A recorded run of the bundled priming project in in-memory stores, for the functions that work
 * after the models (cost, governance, the catalog) to prime on before a SnapStart snapshot.
 * Everything is fixed: the clock, the run id, each model's 100 ms.
 *
 * @param snapshotKey the bundled project's artifact key in {@code artifacts}
 */
public record PrimingRun(MemoryStateStore state, MemoryArtifactStore artifacts, String snapshotKey, String runId) {
  private static final Instant FIXED = Instant.parse("2026-01-01T00:00:00Z");

  public static PrimingRun recorded() {
    MemoryArtifactStore artifacts = new MemoryArtifactStore();
    MemoryStateStore state = new MemoryStateStore(Clock.fixed(FIXED, ZoneOffset.UTC));
    String snapshot = artifacts.put(CompilePriming.bundledProject());
    CompileResult compiled = SnapshotProjects.of(Snapshots.of(artifacts)).compile(snapshot, "rocky.toml", Map.of());
    List<ModelExecution> executions = new ArrayList<>();
    for (Model m : Objects.requireNonNull(compiled.project()).models()) {
      executions.add(new ModelExecution(m.name(), FIXED, FIXED.plusMillis(100), 100, 1L, null, null,
          ModelStatus.SUCCESS, SqlHash.EMPTY, null, List.of()));
    }
    String runId = "run-20260101-000000-000";
    state.recordRun(new RunRecord(runId, FIXED, FIXED.plusSeconds(1), RunStatus.SUCCESS, executions, RunTrigger.MANUAL,
        "0000000000000000", null, SessionSource.HTTP_API, null, null, null, null, "priming", "0.1.0"));
    return new PrimingRun(state, artifacts, snapshot, runId);
  }
}
