package dev.rocky.app.quality;

import dev.rocky.app.execute.ModelResult;
import dev.rocky.core.port.StateStore;
import dev.rocky.core.port.WarehouseAdapter;
import dev.rocky.core.project.Model;
import dev.rocky.core.project.Strategy;
import dev.rocky.planner.ModelStep;
import dev.rocky.planner.RunPlan;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The checks of a transformation run: after the models are built, each model that succeeded is
 * checked with its pipeline's {@code [checks]}. Assertions name a model's table by the model's
 * name, its table name or its qualified name.
 */
public final class ModelChecks implements RunChecks {
  private final TableChecker checker;
  private final Map<String, CheckTarget> targets;
  private final Map<String, PipelineChecks> checksByModel;

  ModelChecks(TableChecker checker, Map<String, CheckTarget> targets, Map<String, PipelineChecks> checksByModel) {
    this.checker = checker;
    this.targets = Map.copyOf(targets);
    this.checksByModel = Map.copyOf(checksByModel);
  }

  /**
   * @param models the project's models by name
   * @param checksByModel each model's pipeline checks; models without any are not checked
   */
  public static RunChecks of(WarehouseAdapter adapter, StateStore state, Clock clock, RunPlan plan,
      Map<String, Model> models, Map<String, PipelineChecks> checksByModel) {
    return of(new TableChecker(adapter, state, clock), plan, models, checksByModel);
  }

  public static RunChecks of(TableChecker checker, RunPlan plan, Map<String, Model> models,
      Map<String, PipelineChecks> checksByModel) {
    if (checksByModel.isEmpty()) {
      return RunChecks.NONE;
    }
    Map<String, CheckTarget> targets = new LinkedHashMap<>();
    for (ModelStep step : plan.steps()) {
      if (checksByModel.containsKey(step.model())) {
        targets.put(step.model(), target(step, models.get(step.model())));
      }
    }
    return new ModelChecks(checker, targets, checksByModel);
  }

  @Override
  public QualityReport afterModels(String runId, List<ModelResult> results) {
    List<TableChecker.Outcome> outcomes = new ArrayList<>();
    for (ModelResult r : results) {
      CheckTarget target = targets.get(r.model());
      if (r.succeeded() && target != null) {
        outcomes.add(checker.check(target, checksByModel.get(r.model())));
      }
    }
    return QualityReport.of(outcomes);
  }

  static CheckTarget target(ModelStep step, @Nullable Model model) {
    String timeColumn = model != null && model.config().freshness() != null
        ? model.config().freshness().timeColumn() : null;
    if (timeColumn == null) {
      timeColumn = switch (step.strategy()) {
        case Strategy.Incremental i -> i.timestampColumn();
        case Strategy.Microbatch m -> m.timestampColumn();
        case Strategy.TimeInterval t -> t.timeColumn();
        default -> null;
      };
    }
    boolean rewritable = step.strategy() instanceof Strategy.FullRefresh;
    return new CheckTarget(step.target(), CheckTarget.assetKey(step.target()),
        List.of(step.model(), step.target().table(), step.target().qualifiedName()), timeColumn,
        step.schema().complete() ? step.schema() : null, rewritable);
  }
}
