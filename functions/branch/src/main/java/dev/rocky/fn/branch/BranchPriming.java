package dev.rocky.fn.branch;

import dev.rocky.adapter.duckdb.DuckDbAdapter;
import dev.rocky.core.branch.BranchRecord;
import dev.rocky.core.run.RunRecord;
import dev.rocky.fn.compile.PrimingRun;
import dev.rocky.fn.compile.SnapshotDigest;
import dev.rocky.fn.compile.SnapshotProjects;
import dev.rocky.fn.compile.Snapshots;
import dev.rocky.fn.support.FunctionJson;
import dev.rocky.fn.support.Invocation;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;

/**
 * Plans the promotion of a branch run of the bundled priming project against in-memory stores and
 * an in-memory DuckDB: the compiler, the planner, both gates (the approvals, the lineage diff) and
 * the JSON of payloads are loaded and warmed before the snapshot. The replacements are not run:
 * they need the branch's tables in the warehouse, which opens on the first invocation. Nothing is kept.
 */
final class BranchPriming {
  static final String BRANCH = "priming";
  private static final Invocation PRIMING = new Invocation("priming", Duration.ofMinutes(15));

  private BranchPriming() {}

  static BranchFunctionResponse run() {
    PrimingRun run = PrimingRun.recorded();
    RunRecord production = run.state().run(run.runId()).orElseThrow();
    Snapshots snapshots = Snapshots.of(run.artifacts());
    String digest = SnapshotDigest.of(SnapshotProjects.of(snapshots).source(run.snapshotKey()), "rocky.toml");
    run.state().createBranch(new BranchRecord(BRANCH, BranchRecord.defaultSchema(BRANCH), null,
        production.startedAt(), null));
    run.state().recordRun(new RunRecord("run-20260101-000100-000", production.startedAt().plusSeconds(60),
        production.finishedAt().plusSeconds(60), production.status(), production.modelsExecuted(), production.trigger(),
        production.configHash(), null, production.sessionSource(), null, null, null, null, "priming",
        production.rockyVersion(), BRANCH, digest));
    try (DuckDbAdapter warehouse = DuckDbAdapter.inMemory()) {
      BranchHandler handler = new BranchHandler(BranchWiring.of(() -> warehouse, run.state(), run.artifacts(),
          snapshots, Clock.fixed(production.finishedAt().plusSeconds(120), ZoneOffset.UTC)));
      byte[] request = FunctionJson.bytes(BranchFunctionRequest.of(BranchFunctionRequest.Step.PLAN, BRANCH,
          run.snapshotKey()));
      return FunctionJson.read(handler.invoke(request, PRIMING), BranchFunctionResponse.class);
    }
  }
}
