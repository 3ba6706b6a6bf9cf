package dev.rocky.fn.branch;

import dev.rocky.app.branch.BranchException;
import dev.rocky.app.branch.PromotionOutcome;
import dev.rocky.app.branch.PromotionPlan;
import dev.rocky.app.branch.PromotionRequest;
import dev.rocky.app.branch.PromotionService;
import dev.rocky.compiler.CompileResult;
import dev.rocky.core.project.Model;
import dev.rocky.core.project.Project;
import dev.rocky.fn.compile.SnapshotDigest;
import dev.rocky.fn.compile.SnapshotProjects;
import dev.rocky.fn.support.ArchiveProjectSource;
import dev.rocky.planner.ModelGraph;
import dev.rocky.planner.ModelStep;
import dev.rocky.planner.RunPlan;
import dev.rocky.planner.RunPlanner;
import dev.rocky.planner.Selection;
import dev.rocky.planner.sql.SqlDialect;
import dev.rocky.planner.target.TargetResolver;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The branch function's work, as {@code rocky branch promote} does it: the project as it is now
 * (compiled from the snapshot: its digest, lineage, models and production targets, the approvals
 * packed with it), then {@link PromotionService}'s gates, and for {@code promote} its replacements.
 * A gate that refuses is an answer ({@code allowed: false}), never an error: a branch that does not
 * exist, never ran, failed its last run or is stale refuses as the approval and breaking-change
 * gates do.
 */
public final class Promoter {
  private final SnapshotProjects projects;
  private final Supplier<PromotionService> service;

  /** @param service opened on first use (it holds the warehouse) */
  public Promoter(SnapshotProjects projects, Supplier<PromotionService> service) {
    this.projects = Objects.requireNonNull(projects, "projects");
    this.service = Objects.requireNonNull(service, "service");
  }

  public BranchFunctionResponse handle(BranchFunctionRequest r) {
    PromotionRequest request = request(r);
    try {
      return switch (r.step()) {
        case PLAN -> answer(r, service.get().plan(request), null);
        case PROMOTE -> {
          PromotionOutcome outcome = service.get().promote(request);
          yield answer(r, outcome.plan(), outcome);
        }
      };
    } catch (BranchException e) {
      String code = e.code().toString().toLowerCase(Locale.ROOT);
      return new BranchFunctionResponse(r.step(), r.branch(), false, r.step() == BranchFunctionRequest.Step.PROMOTE
          ? "refused" : null, null, null, 0, e.getMessage() + " (" + e.hint() + ")",
          List.of(new BranchFunctionResponse.Refusal(code, e.getMessage())));
    }
  }

  private PromotionRequest request(BranchFunctionRequest r) {
    CompileResult compiled = projects.compile(r.snapshotKey(), r.config(), r.vars());
    Project project = Objects.requireNonNull(compiled.project(), "a compiled project");
    ArchiveProjectSource snapshot = projects.source(r.snapshotKey());
    SqlDialect dialect = SqlDialect.of(compiled.dialect());
    TargetResolver production = TargetResolver.of(dialect);
    ModelGraph graph = new ModelGraph(Objects.requireNonNull(compiled.dag(), "a DAG").layers(),
        compiled.dag().upstream());
    RunPlan plan = new RunPlanner(dialect, graph, project.models(), compiled.schemas(), production).plan(Selection.all());
    Map<String, ModelStep> steps = new LinkedHashMap<>();
    plan.steps().forEach(s -> steps.put(s.model(), s));
    Map<String, Model> models = new LinkedHashMap<>();
    project.models().forEach(m -> models.put(m.name(), m));
    return new PromotionRequest(r.branch(), SnapshotDigest.digest(snapshot, r.config()), compiled.lineage(), models,
        production, steps, project.config().branch().approval(), SnapshotApprovals.of(snapshot, r.branch()),
        Boolean.TRUE.equals(r.allowBreaking()), r.promotedBy(), r.gitCommit());
  }

  private static BranchFunctionResponse answer(BranchFunctionRequest r, PromotionPlan plan,
      @Nullable PromotionOutcome outcome) {
    List<BranchFunctionResponse.Refusal> refusals = plan.refusals().stream()
        .map(x -> new BranchFunctionResponse.Refusal(x.code(), x.message())).toList();
    int tables = plan.tables().size();
    String what = tables + " table" + (tables == 1 ? "" : "s") + " of branch " + r.branch() + " (run "
        + plan.branchRunId() + ")";
    String summary;
    if (!plan.allowed()) {
      summary = "promotion of branch " + r.branch() + " refused, nothing was changed: "
          + String.join("; ", refusals.stream().map(x -> x.code() + ": " + x.message()).toList());
    } else if (outcome == null) {
      summary = "every gate passes: would promote " + what;
    } else {
      summary = "promoted " + what + " as " + Objects.requireNonNull(outcome.promotion()).promotionId();
    }
    if (plan.allowed() && !plan.breaking().breaking().isEmpty()) {
      summary += "; allowed with allow_breaking (recorded): " + plan.breaking().summary();
    }
    return new BranchFunctionResponse(r.step(), r.branch(), plan.allowed(), outcome == null ? null : outcome.status(),
        outcome == null || outcome.promotion() == null ? null : outcome.promotion().promotionId(), plan.branchRunId(),
        tables, summary, refusals);
  }
}
