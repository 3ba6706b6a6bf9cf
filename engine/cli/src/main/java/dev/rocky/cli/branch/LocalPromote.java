package dev.rocky.cli.branch;

import dev.rocky.adapter.duckdb.DuckDbAdapter;
import dev.rocky.app.branch.PromotionOutcome;
import dev.rocky.app.branch.PromotionPlan;
import dev.rocky.app.branch.PromotionRequest;
import dev.rocky.app.branch.PromotionService;
import dev.rocky.app.execute.PartitionOptions;
import dev.rocky.cli.output.CommandResult;
import dev.rocky.cli.output.ExitCode;
import dev.rocky.cli.output.HumanView;
import dev.rocky.cli.run.LocalRun;
import dev.rocky.cli.run.Planned;
import dev.rocky.cli.run.Preparation;
import dev.rocky.cli.run.ProjectPaths;
import dev.rocky.cli.run.RunProvenance;
import dev.rocky.cli.run.RunRequest;
import dev.rocky.core.branch.PromotionRecord;
import dev.rocky.planner.ModelStep;
import dev.rocky.planner.sql.SqlDialect;
import dev.rocky.planner.target.TargetResolver;
import dev.rocky.store.local.FileArtifactStore;
import dev.rocky.store.local.SqliteStateStore;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code rocky branch promote NAME}: compiles the project as production would build it, then lets
 * {@link PromotionService} check the gates and replace the production tables. With
 * {@code --dry-run}, only the gates. Exit 1 when a gate refuses.
 */
final class LocalPromote {
  private final Clock clock;

  LocalPromote(Clock clock) {
    this.clock = clock;
  }

  CommandResult promote(Requests.Promote request) {
    ProjectPaths paths = ProjectPaths.of(request.config(), request.models());
    if (!paths.hasState()) {
      throw LocalBranches.notFound(request.name());
    }
    RunRequest production = new RunRequest(request.config(), request.models(), null, List.of(), Map.of(), 1, null,
        PartitionOptions.LATEST, false);
    return switch (new LocalRun(clock).prepare(production)) {
      case Preparation.Failed failed -> failed.result();
      case Preparation.Ready ready -> promote(ready, request, paths);
    };
  }

  private CommandResult promote(Preparation.Ready ready, Requests.Promote request, ProjectPaths paths) {
    Planned planned = ready.planned();
    Map<String, ModelStep> steps = new LinkedHashMap<>();
    planned.plan().steps().forEach(s -> steps.put(s.model(), s));
    PromotionRequest promotion = new PromotionRequest(request.name(), planned.digest(), ready.compiled().lineage(),
        ready.models(), TargetResolver.of(SqlDialect.DUCKDB), steps,
        Objects.requireNonNull(ready.compiled().project()).config().branch().approval(),
        new ApprovalFiles(paths.root()).approvals(request.name()), request.allowBreaking(),
        Identity.current(paths.root()), RunProvenance.of(paths.config(), paths.root()).gitCommit());
    try (DuckDbAdapter warehouse = DuckDbAdapter.open(planned.targets().adapter(), paths.root());
        SqliteStateStore state = SqliteStateStore.forProject(paths.root())) {
      PromotionService service = new PromotionService(state, FileArtifactStore.forProject(paths.root()), warehouse, clock);
      if (request.dryRun()) {
        PromotionPlan plan = service.plan(promotion);
        return new CommandResult("branch promote", new PromotionOutcome(plan.allowed() ? "allowed" : "refused", plan, null),
            out -> view(out, plan, null), plan.allowed() ? ExitCode.SUCCESS : ExitCode.FAILURE);
      }
      PromotionOutcome outcome = service.promote(promotion);
      return new CommandResult("branch promote", outcome, out -> view(out, outcome.plan(), outcome.promotion()),
          outcome.promoted() ? ExitCode.SUCCESS : ExitCode.FAILURE);
    }
  }

  private static void view(PrintWriter out, PromotionPlan plan, @Nullable PromotionRecord promoted) {
    if (!plan.allowed()) {
      out.println("promotion of branch " + plan.branch() + " refused; nothing was changed");
      plan.refusals().forEach(r -> out.println("  error[" + r.code() + "]: " + r.message()));
      return;
    }
    out.println((promoted == null ? "would promote" : "promoted") + " branch " + plan.branch() + " (run "
        + plan.branchRunId() + "): " + plan.tables().size() + " table" + (plan.tables().size() == 1 ? "" : "s"));
    plan.tables().forEach(t -> out.println("  " + t.source() + " -> " + t.target() + " (" + t.method() + ")"));
    if (!plan.breaking().breaking().isEmpty()) {
      out.println("  allowed with --allow-breaking (recorded): " + plan.breaking().summary());
    }
  }
}
