package dev.rocky.app.cost;

import dev.rocky.app.lineagediff.LineageDiffInput;
import dev.rocky.app.lineagediff.LineageDiffOutput;
import dev.rocky.app.lineagediff.LineageDiffService;
import dev.rocky.app.lineagediff.ProjectCompiler;
import dev.rocky.compiler.CompileResult;
import dev.rocky.compiler.cost.CostFigures;
import dev.rocky.compiler.cost.ModelBudgets;
import dev.rocky.compiler.cost.ProjectedCost;
import dev.rocky.compiler.dag.Dag;
import dev.rocky.core.config.CostSections.Budget;
import dev.rocky.core.project.Project;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@code preview cost}: which models a change since a git ref rebuilds, and what they are projected
 * to cost per run. The changed models come from {@link LineageDiffService} (a model is changed when
 * its SQL, configuration or columns differ from the base ref's); every model downstream of an added
 * or modified one is rebuilt too. Each is projected from {@link CostHistory} (the median of its recent
 * runs), shown beside the warehouse's own {@code EXPLAIN} estimate where a {@link QueryEstimator} can
 * give one, and checked against its own {@code [budget]} as the working tree declares it.
 */
public final class CostPreviewService {
  private final ProjectCompiler compiler;
  private final CostHistory history;
  private final QueryEstimator estimator;

  public CostPreviewService(ProjectCompiler compiler, CostHistory history) {
    this(compiler, history, QueryEstimator.NONE);
  }

  /**
   * @param estimator the warehouse's EXPLAIN of each rebuilt model's query, shown beside the
   *     projection; when history does not know a model's bytes scanned, the estimate's stand in for
   *     its projection (and its {@code max_bytes_scanned} ceiling is checked against them)
   */
  public CostPreviewService(ProjectCompiler compiler, CostHistory history, QueryEstimator estimator) {
    this.compiler = compiler;
    this.history = history;
    this.estimator = estimator;
  }

  public CostPreviewOutput preview(LineageDiffInput input) {
    CompileResult[] head = new CompileResult[1];
    LineageDiffOutput diff = new LineageDiffService((root, scratch) -> {
      CompileResult result = compiler.compile(root, scratch);
      if (!scratch) {
        head[0] = result;
      }
      return result;
    }).diff(input);
    Map<String, CostPreviewOutput.Change> changes = changes(diff, head[0]);
    List<CostPreviewOutput.ModelPreview> models = new ArrayList<>();
    changes.forEach((model, change) -> models.add(preview(model, change)));
    List<BudgetBreach> breaches = breaches(models, head[0] == null ? null : head[0].project());
    CostPreviewOutput.Summary summary = CostPreviewOutput.Summary.of(models);
    return new CostPreviewOutput(diff.baseRef(), diff.headRef(), models, summary, breaches,
        breaches.stream().anyMatch(BudgetBreach::fails), CostPreviewMarkdown.render(summary, models, breaches));
  }

  /** The rebuilt models (added, modified and downstream) in the order a run builds them, then the removed ones. */
  private static Map<String, CostPreviewOutput.Change> changes(LineageDiffOutput diff, @Nullable CompileResult head) {
    Map<String, CostPreviewOutput.Change> changed = new LinkedHashMap<>();
    List<String> removed = new ArrayList<>();
    for (LineageDiffOutput.ModelResult r : diff.results()) {
      switch (r.status()) {
        case "added" -> changed.put(r.modelName(), CostPreviewOutput.Change.ADDED);
        case "modified" -> changed.put(r.modelName(), CostPreviewOutput.Change.MODIFIED);
        case "removed" -> removed.add(r.modelName());
        default -> { } // unchanged: its files were touched, but not what it builds
      }
    }
    Map<String, CostPreviewOutput.Change> out = new LinkedHashMap<>();
    Dag dag = head == null ? null : head.dag();
    if (dag != null) {
      Set<String> downstream = downstream(dag, changed.keySet());
      for (String m : dag.topologicalOrder()) {
        if (changed.containsKey(m) || downstream.contains(m)) {
          out.put(m, changed.getOrDefault(m, CostPreviewOutput.Change.DOWNSTREAM));
        }
      }
    }
    changed.forEach(out::putIfAbsent);
    removed.forEach(m -> out.put(m, CostPreviewOutput.Change.REMOVED));
    return out;
  }

  private static Set<String> downstream(Dag dag, Set<String> changed) {
    Set<String> seen = new LinkedHashSet<>();
    Deque<String> todo = new ArrayDeque<>(changed);
    while (!todo.isEmpty()) {
      for (String d : dag.downstreamOf(todo.pop())) {
        if (!changed.contains(d) && seen.add(d)) {
          todo.add(d);
        }
      }
    }
    return seen;
  }

  private CostPreviewOutput.ModelPreview preview(String model, CostPreviewOutput.Change change) {
    Optional<ProjectedCost> p = history.of(model);
    CostFigures f = p.map(ProjectedCost::figures).orElse(CostFigures.UNKNOWN);
    ExplainEstimate explained = change == CostPreviewOutput.Change.REMOVED ? null : estimator.estimate(model).orElse(null);
    Long bytes = f.bytesScanned() != null || explained == null ? f.bytesScanned() : explained.bytesScanned();
    return new CostPreviewOutput.ModelPreview(model, change, f.usd(), f.durationMs(), bytes,
        p.map(ProjectedCost::runs).orElse(0), p.map(ProjectedCost::confident).orElse(false), explained);
  }

  private static List<BudgetBreach> breaches(List<CostPreviewOutput.ModelPreview> models, @Nullable Project project) {
    List<BudgetBreach> out = new ArrayList<>();
    if (project == null) {
      return out;
    }
    ModelBudgets budgets = ModelBudgets.of(project);
    for (CostPreviewOutput.ModelPreview m : models) {
      Budget budget = budgets.model(m.model()).orElse(null);
      if (budget == null || m.change() == CostPreviewOutput.Change.REMOVED) {
        continue;
      }
      CostFigures figures = new CostFigures(m.projectedCostUsd(), m.projectedDurationMs(), m.projectedBytesScanned());
      for (CostFigures.Overrun o : figures.overruns(budget)) {
        out.add(new BudgetBreach(m.model(), o.limitType(), o.limit(), o.actual(), budget.onBreach()));
      }
    }
    return out;
  }
}
