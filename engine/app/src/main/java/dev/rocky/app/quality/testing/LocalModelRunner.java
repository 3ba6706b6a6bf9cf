package dev.rocky.app.quality.testing;

import dev.rocky.core.port.WarehouseAdapter;
import dev.rocky.core.project.Strategy;
import dev.rocky.planner.MaterializationRenderer;
import dev.rocky.planner.ModelGraph;
import dev.rocky.planner.ModelStep;
import dev.rocky.planner.RunPlan;
import dev.rocky.planner.TargetState;
import dev.rocky.planner.sql.SqlDialect;
import dev.rocky.planner.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The local execution test: on an in-memory DuckDB holding {@code data/seed.sql}, every model of
 * the plan is built once from scratch in dependency order (views as views, time_interval models
 * as their empty bootstrap table, everything else as a full refresh). A model passes when its SQL
 * runs; a model whose upstream failed is not run and fails naming it.
 */
public final class LocalModelRunner {
  private final WarehouseAdapter db;
  private final MaterializationRenderer renderer;

  public LocalModelRunner(WarehouseAdapter db) {
    this.db = db;
    this.renderer = new MaterializationRenderer(SqlDialect.of(db.dialect()));
  }

  /**
   * @param seedSql the text of {@code data/seed.sql}, or null
   * @param graph the model graph, to skip the downstream of a failed model
   * @return one result per step, in plan order; a seed that fails fails the first model with its error
   */
  public List<ModelTestResult> run(@Nullable String seedSql, RunPlan plan, ModelGraph graph) {
    String seedError = null;
    if (seedSql != null && !seedSql.isBlank()) {
      try {
        db.execute(seedSql);
      } catch (RuntimeException e) {
        seedError = "data/seed.sql failed: " + UnitTestRunner.oneLine(e);
      }
    }
    List<ModelTestResult> out = new ArrayList<>();
    Map<String, String> failed = new HashMap<>();
    for (ModelStep step : plan.steps()) {
      String blocker = graph.upstreamOf(step.model()).stream().filter(failed::containsKey).findFirst().orElse(null);
      if (blocker != null) {
        failed.put(step.model(), failed.get(blocker));
        out.add(ModelTestResult.fail(step.model(), "not run: upstream '" + blocker + "' failed"));
        continue;
      }
      try {
        for (Statement s : statements(step)) {
          db.execute(s.sql());
        }
        out.add(ModelTestResult.pass(step.model()));
      } catch (RuntimeException e) {
        String error = (seedError != null ? seedError + "; then " : "") + UnitTestRunner.oneLine(e);
        failed.put(step.model(), error);
        out.add(ModelTestResult.fail(step.model(), error));
      }
    }
    return out;
  }

  private List<Statement> statements(ModelStep step) {
    List<Statement> out = new ArrayList<>();
    out.add(renderer.createSchema(step.target()));
    ModelStep once = switch (step.strategy()) {
      case Strategy.View v -> step;
      case Strategy.TimeInterval t -> step;
      default -> new ModelStep(step.model(), new Strategy.FullRefresh(), step.target(), step.sql(), step.schema(),
          step.inlined());
    };
    out.addAll(renderer.render(once, TargetState.absent()));
    return out;
  }
}
