package dev.rocky.app.branch;

import dev.rocky.app.replay.Recipe;
import dev.rocky.core.branch.BranchRecord;
import dev.rocky.core.branch.PromotionRecord;
import dev.rocky.core.port.ArtifactStore;
import dev.rocky.core.port.StateStore;
import dev.rocky.core.port.WarehouseAdapter;
import dev.rocky.core.port.WarehouseCapability;
import dev.rocky.core.project.Model;
import dev.rocky.core.project.Strategy;
import dev.rocky.core.project.TargetRef;
import dev.rocky.core.run.ModelExecution;
import dev.rocky.core.run.RunIds;
import dev.rocky.core.run.RunRecord;
import dev.rocky.core.run.RunStatus;
import dev.rocky.planner.MaterializationRenderer;
import dev.rocky.planner.ModelStep;
import dev.rocky.planner.TargetState;
import dev.rocky.planner.sql.SqlDialect;
import dev.rocky.planner.sql.Statement;
import dev.rocky.planner.sql.TableName;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code rocky branch promote}: replaces production tables with the tables the branch's last run
 * built. Refused, changing nothing, unless the branch's last run succeeded and was built from the
 * project's current files, the approval gate passes and the breaking-change gate passes (or
 * {@code --allow-breaking}). Tables are copied ({@code CREATE OR REPLACE TABLE ... AS SELECT}),
 * cloned where the warehouse has zero-copy clones, and views are re-created over production; on a
 * transactional warehouse all copies are one transaction. The production watermark of an
 * incremental model becomes the branch's, and the promotion is appended to the audit trail.
 */
public final class PromotionService {
  private static final int SCAN = 10_000;
  private final StateStore state;
  private final ArtifactStore artifacts;
  private final WarehouseAdapter adapter;
  private final Clock clock;

  public PromotionService(StateStore state, ArtifactStore artifacts, WarehouseAdapter adapter, Clock clock) {
    this.state = state;
    this.artifacts = artifacts;
    this.adapter = adapter;
    this.clock = clock;
  }

  /** A production table to replace, and how. */
  private record Copy(String model, Strategy strategy, TableName from, TableName to, String method,
      ModelExecution execution) {}

  private record Prepared(PromotionPlan plan, List<Copy> copies) {}

  /** Runs both gates and lists the tables, changing nothing. */
  public PromotionPlan plan(PromotionRequest r) {
    return prepare(r).plan();
  }

  public PromotionOutcome promote(PromotionRequest r) {
    Prepared prepared = prepare(r);
    PromotionPlan plan = prepared.plan();
    if (!plan.allowed()) {
      return new PromotionOutcome("refused", plan, null);
    }
    copy(prepared.copies(), r);
    moveWatermarks(prepared.copies());
    Instant at = clock.instant();
    PromotionRecord record = new PromotionRecord("promote-" + RunIds.of(at).substring("run-".length()), r.branch(), at,
        r.promotedBy(), r.gitCommit(), plan.branchRunId(), plan.projectDigest(), plan.approval().approvers(),
        r.allowBreaking(), plan.breaking().breaking(), plan.tables());
    state.recordPromotion(record);
    return new PromotionOutcome("promoted", plan, record);
  }

  private Prepared prepare(PromotionRequest r) {
    BranchRecord branch = state.branch(r.branch()).orElseThrow(() -> new BranchException(
        BranchErrorCode.BRANCH_NOT_FOUND, "no branch named '" + r.branch() + "'", "create it with: rocky branch create " + r.branch()));
    RunRecord run = state.recentRuns(SCAN).stream().filter(x -> r.branch().equals(x.branch())).findFirst()
        .orElseThrow(() -> new BranchException(BranchErrorCode.BRANCH_NOT_RUN, "branch '" + r.branch()
            + "' has never been run, so it has no tables to promote", "build it with: rocky run --branch " + r.branch()));
    if (run.status() != RunStatus.SUCCESS) {
      throw new BranchException(BranchErrorCode.BRANCH_RUN_FAILED, "the last run of branch '" + r.branch() + "' ("
          + run.runId() + ") ended " + run.status() + "; a partly built branch is not promoted",
          "fix the failing models and run again: rocky run --branch " + r.branch());
    }
    if (!r.digest().sha256().equals(run.projectDigest())) {
      throw new BranchException(BranchErrorCode.BRANCH_STALE, "the project's files changed since branch '"
          + r.branch() + "' was last run (" + run.runId() + "), so its tables are not what the files describe",
          "run it again with: rocky run --branch " + r.branch() + ", then approve and promote");
    }
    List<Copy> copies = new ArrayList<>();
    for (ModelExecution e : run.modelsExecuted()) {
      Model m = r.models().get(e.modelName());
      if (m != null && e.succeeded()) {
        TableName to = r.production().production(m.target());
        copies.add(new Copy(m.name(), m.strategy(), to.inSchema(branch.schemaPrefix()), to, method(m.strategy()), e));
      }
    }
    ApprovalVerdict approval = ApprovalVerdict.of(r.approvalConfig(), r.branch(), r.digest().sha256(), r.approvals(),
        clock.instant());
    Map<String, Recipe> production = ProductionRecipes.of(state, artifacts);
    BreakingVerdict breaking = BreakingVerdict.of(ProductionRecipes.lineage(production), r.lineage(),
        copies.stream().map(Copy::model).toList(), r.allowBreaking());
    List<PromotionRecord.PromotedTable> tables = copies.stream().map(c -> new PromotionRecord.PromotedTable(c.model(),
        c.from().qualifiedName(), c.to().qualifiedName(), c.method(), c.execution().recipeHash(),
        c.execution().provenance())).toList();
    PromotionPlan plan = new PromotionPlan(r.branch(), branch.schemaPrefix(), run.runId(), r.digest().sha256(), approval,
        breaking, tables, PromotionPlan.refusals(approval, breaking));
    return new Prepared(plan, copies);
  }

  private String method(Strategy strategy) {
    if (strategy instanceof Strategy.View || strategy instanceof Strategy.MaterializedView) {
      return "view";
    }
    return adapter.supports(WarehouseCapability.CLONE) ? "clone" : "ctas";
  }

  private void copy(List<Copy> copies, PromotionRequest r) {
    SqlDialect dialect = SqlDialect.of(adapter.dialect());
    PromotionSql sql = new PromotionSql(dialect);
    MaterializationRenderer renderer = new MaterializationRenderer(dialect);
    List<String> statements = new ArrayList<>();
    for (Copy c : copies) {
      switch (c.method()) {
        case "clone" -> adapter.cloneTable(ref(c.from()), ref(c.to()));
        case "view" -> {
          ModelStep step = r.productionSteps().get(c.model());
          if (step == null) {
            throw new IllegalStateException("no production step for view model " + c.model());
          }
          statements.add(sql.createSchema(c.to()));
          renderer.render(step, TargetState.present()).stream().map(Statement::sql).forEach(statements::add);
        }
        default -> {
          statements.add(sql.createSchema(c.to()));
          statements.add(sql.copy(c.from(), c.to()));
        }
      }
    }
    if (!statements.isEmpty()) {
      adapter.executeInTransaction(statements);
    }
  }

  /** The production watermark of a promoted incremental model becomes the branch table's. */
  private void moveWatermarks(List<Copy> copies) {
    for (Copy c : copies) {
      if (c.strategy() instanceof Strategy.Incremental || c.strategy() instanceof Strategy.Microbatch) {
        String production = c.to().qualifiedName();
        state.resetWatermark(production);
        state.watermark(c.from().qualifiedName()).ifPresent(w -> state.advanceWatermark(production, w));
      }
    }
  }

  private static TargetRef ref(TableName t) {
    return new TargetRef(t.catalog(), t.schema(), t.table());
  }
}
