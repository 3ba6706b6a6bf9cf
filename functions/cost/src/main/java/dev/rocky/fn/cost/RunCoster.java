package dev.rocky.fn.cost;

import dev.rocky.app.cost.BudgetBreach;
import dev.rocky.app.cost.CostReport;
import dev.rocky.app.cost.CostRequest;
import dev.rocky.app.cost.CostService;
import dev.rocky.app.cost.ModelCost;
import dev.rocky.app.cost.OrchestrationCost;
import dev.rocky.app.cost.OrchestrationRates;
import dev.rocky.compiler.CompileResult;
import dev.rocky.core.error.RockyException;
import dev.rocky.core.port.ArtifactStore;
import dev.rocky.core.port.StateStore;
import dev.rocky.core.run.RunRecord;
import dev.rocky.fn.FunctionErrorCode;
import dev.rocky.fn.compile.SnapshotProjects;
import dev.rocky.fn.support.FunctionJson;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;

/**
 * The cost function's work: the run record, the project's {@code [cost]} model and budgets, and the
 * orchestration the run used ({@link WorkflowUsage}) priced and attributed per model
 * ({@link OrchestrationCost}); each model's {@code cost_usd} (warehouse plus orchestration) stored
 * in the run record, the attribution stored as an artifact. A repeated invocation finds the costs
 * recorded and keeps them.
 */
public final class RunCoster {
  private final StateStore state;
  private final ArtifactStore artifacts;
  private final SnapshotProjects projects;
  private final WorkflowUsage usage;
  private final OrchestrationRates rates;

  public RunCoster(StateStore state, ArtifactStore artifacts, SnapshotProjects projects, WorkflowUsage usage,
      OrchestrationRates rates) {
    this.state = Objects.requireNonNull(state, "state");
    this.artifacts = Objects.requireNonNull(artifacts, "artifacts");
    this.projects = Objects.requireNonNull(projects, "projects");
    this.usage = Objects.requireNonNull(usage, "usage");
    this.rates = Objects.requireNonNull(rates, "rates");
  }

  public CostFunctionResponse cost(CostFunctionRequest request) {
    RunRecord run = state.run(request.runId()).orElseThrow(() -> new RockyException(FunctionErrorCode.RUN_NOT_FOUND,
        "no run record for " + request.runId() + "; the cost step runs after the run function's finish step"));
    CompileResult compiled = projects.compile(request.snapshotKey(), request.config(), request.vars());
    CostService service = CostService.of(Objects.requireNonNull(compiled.project()), compiled.dialect().id());
    Map<String, OrchestrationCost.Attributed> orchestration = OrchestrationCost.attribute(usage.own(run),
        WorkflowUsage.shared(request.segmentCount(), request.batchCount()), rates);
    CostReport report = service.attribute(CostRequest.of(run).withOrchestration(OrchestrationCost.usd(orchestration)));
    state.recordRun(report.run());
    String reportKey = artifacts.put(FunctionJson.bytes(report.summary()));
    double orchestrationUsd = report.summary().perModel().stream()
        .map(ModelCost::orchestrationCostUsd).filter(Objects::nonNull).mapToDouble(Double::doubleValue).sum();
    String top = report.summary().perModel().stream().filter(m -> m.costUsd() != null)
        .max(Comparator.comparingDouble(ModelCost::costUsd)).map(ModelCost::model).orElse(null);
    return new CostFunctionResponse(run.runId(), report.summary().perModel().size(), report.summary().totalCostUsd(),
        orchestrationUsd, report.summary().totalDurationMs(), top, report.breaches().size(),
        report.breaches().stream().limit(CostFunctionResponse.BREACHES_SHOWN).toList(), report.fails(), reportKey);
  }

}
