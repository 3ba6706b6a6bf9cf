package dev.rocky.app.cost;

import dev.rocky.compiler.cost.CostFigures;
import dev.rocky.compiler.cost.ModelBudgets;
import dev.rocky.core.config.CostSections.Budget;
import dev.rocky.core.config.RockyConfig;
import dev.rocky.core.port.WarehouseAdapter;
import dev.rocky.core.project.Dialect;
import dev.rocky.core.project.Project;
import dev.rocky.core.run.ModelExecution;
import dev.rocky.core.run.ModelStatus;
import dev.rocky.core.run.RunRecord;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The cost step of a run, as a plain service (the cost Lambda wraps it; the local run calls it after
 * the models): from a run record, each executed model's cost, the run's {@code cost_summary} and its
 * budget breaches.
 *
 * <ul>
 *   <li>A model's cost is its warehouse cost, from the {@link CostModel} applied to the model's whole
 *       duration (every statement and attempt; the durations the warehouse's query history recorded
 *       for its statements when it holds all of them), bytes and attributed credits, plus its share of the
 *       orchestration where the request gives one. A cost already recorded on the execution is kept
 *       (a recorded run is reported as it was priced). Skipped models cost nothing and are not listed.
 *   <li>The project {@code [budget]} is checked once against the run: its total cost, its duration
 *       (start to finish) and its bytes scanned. Each model with a {@code [budget]} of its own is
 *       checked against its own cost, duration and bytes. A figure that is unknown breaches nothing.
 * </ul>
 */
public final class CostService {
  private final CostModel model;
  private final ModelBudgets budgets;
  private final CreditSource credits;
  private final QueryUsage history;

  public CostService(CostModel model, ModelBudgets budgets, CreditSource credits) {
    this(model, budgets, credits, QueryUsage.NONE);
  }

  /**
   * @param history the warehouse's own record of the queries: when it holds every query of a model,
   *     the model is priced on the durations (and bytes) the warehouse recorded for them
   */
  public CostService(CostModel model, ModelBudgets budgets, CreditSource credits, QueryUsage history) {
    this.model = Objects.requireNonNull(model, "model");
    this.budgets = Objects.requireNonNull(budgets, "budgets");
    this.credits = Objects.requireNonNull(credits, "credits");
    this.history = Objects.requireNonNull(history, "history");
  }

  public CostService(CostModel model, ModelBudgets budgets) {
    this(model, budgets, CreditSource.NONE);
  }

  /** The service for a project whose models run on an adapter of {@code adapterType}. */
  public static CostService of(Project project, String adapterType) {
    RockyConfig config = project.config();
    return new CostService(CostModel.of(adapterType, config.cost()), ModelBudgets.of(project));
  }

  /**
   * The service for a project whose models run on {@code warehouse}: priced by its dialect's cost
   * model, on the durations of its query history where it keeps one, with Snowflake's attributed
   * credits where the account reports them.
   */
  public static CostService of(Project project, WarehouseAdapter warehouse) {
    String type = warehouse.dialect().id();
    CreditSource credits = warehouse.dialect() == Dialect.SNOWFLAKE ? new SnowflakeAttributedCredits(warehouse)
        : CreditSource.NONE;
    return new CostService(CostModel.of(type, project.config().cost()), ModelBudgets.of(project), credits,
        new WarehouseQueryHistory(warehouse));
  }

  public CostModel model() {
    return model;
  }

  public CostReport attribute(CostRequest request) {
    RunRecord run = request.run();
    List<String> allIds = request.queryIds().values().stream().flatMap(List::stream).toList();
    Map<String, Double> attributed = credits.credits(allIds);
    Map<String, WarehouseUsage> recorded = history.usage(run.startedAt(), allIds);
    List<ModelExecution> executions = new ArrayList<>();
    List<ModelCost> costs = new ArrayList<>();
    for (ModelExecution executed : run.modelsExecuted()) {
      ModelExecution e = executed;
      if (e.status() == ModelStatus.SKIPPED) {
        executions.add(e);
        continue;
      }
      List<String> ids = request.queryIds().getOrDefault(e.modelName(), List.of());
      WarehouseUsage used = usageOf(ids, recorded);
      if (e.bytesScanned() == null && used != null && used.bytesScanned() != null) {
        e = e.withBytesScanned(used.bytesScanned());
      }
      Double warehouse = model.costUsd(new WarehouseUsage(used == null ? e.durationMs() : used.durationMs(),
          used == null || used.bytesScanned() == null ? e.bytesScanned() : used.bytesScanned(),
          creditsOf(ids, attributed)));
      Double orchestration = request.orchestrationUsd().get(e.modelName());
      Double cost = e.costUsd() != null ? e.costUsd() : warehouse == null ? null : Sums.plus(warehouse, orchestration);
      executions.add(e.withCostUsd(cost));
      costs.add(new ModelCost(e.modelName(), request.assetKeys().getOrDefault(e.modelName(), List.of()), e.status(),
          e.durationMs(), cost, e.costUsd() != null ? null : warehouse, e.costUsd() != null ? null : orchestration,
          e.bytesScanned(), e.bytesWritten()));
    }
    CostSummary summary = CostSummary.of(costs, model.adapterType());
    long runMs = Math.max(0, Duration.between(run.startedAt(), run.finishedAt()).toMillis());
    return new CostReport(run.withModelsExecuted(executions), summary, breaches(summary, runMs));
  }

  private List<BudgetBreach> breaches(CostSummary summary, long runMs) {
    List<BudgetBreach> out = new ArrayList<>();
    Budget project = budgets.project();
    CostFigures run = new CostFigures(summary.totalCostUsd(), runMs, summary.totalBytesScanned());
    for (CostFigures.Overrun o : run.overruns(project)) {
      out.add(new BudgetBreach(null, o.limitType(), o.limit(), o.actual(), project.onBreach()));
    }
    for (ModelCost m : summary.perModel()) {
      Budget own = budgets.model(m.model()).orElse(null);
      if (own == null) {
        continue;
      }
      CostFigures figures = new CostFigures(m.costUsd(), m.durationMs(), m.bytesScanned());
      for (CostFigures.Overrun o : figures.overruns(own)) {
        out.add(new BudgetBreach(m.model(), o.limitType(), o.limit(), o.actual(), own.onBreach()));
      }
    }
    return out;
  }

  /** A model's queries as the warehouse recorded them, summed, when it recorded every one of them. */
  private static @Nullable WarehouseUsage usageOf(List<String> queryIds, Map<String, WarehouseUsage> recorded) {
    if (queryIds.isEmpty() || !recorded.keySet().containsAll(queryIds)) {
      return null;
    }
    long ms = 0;
    @Nullable Long bytes = 0L;
    for (String id : queryIds) {
      WarehouseUsage u = recorded.get(id);
      ms += u.durationMs();
      bytes = bytes == null || u.bytesScanned() == null ? null : bytes + u.bytesScanned();
    }
    return new WarehouseUsage(ms, bytes, null);
  }

  /** The credits of a model's queries: their sum when the source knows every one of them, else unknown. */
  private static @Nullable Double creditsOf(List<String> queryIds, Map<String, Double> attributed) {
    if (queryIds.isEmpty()) {
      return null;
    }
    double sum = 0;
    for (String id : queryIds) {
      Double c = attributed.get(id);
      if (c == null) {
        return null;
      }
      sum += c;
    }
    return sum;
  }
}
