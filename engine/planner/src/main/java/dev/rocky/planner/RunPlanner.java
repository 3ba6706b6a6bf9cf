package dev.rocky.planner;

import dev.rocky.core.project.Model;
import dev.rocky.core.project.Strategy;
import dev.rocky.core.types.ModelSchema;
import dev.rocky.planner.error.PlannerErrors;
import dev.rocky.planner.sql.SqlDialect;
import dev.rocky.planner.sql.TableName;
import dev.rocky.planner.target.TargetResolver;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds a {@link RunPlan}: the selected models, in the DAG's layer order, each with its target, its
 * executable SQL and its schema. Ephemeral models produce no step (their consumers inline them).
 * Planning renders every step once, so that anything rendering would refuse (a bad identifier, a
 * strategy the dialect lacks, a merge without update columns) fails the plan, not the run.
 */
public final class RunPlanner {
  private final SqlDialect dialect;
  private final ModelGraph graph;
  private final Map<String, Model> models;
  private final Map<String, ModelSchema> schemas;
  private final TargetResolver targets;

  public RunPlanner(SqlDialect dialect, ModelGraph graph, Collection<Model> models, Map<String, ModelSchema> schemas,
      TargetResolver targets) {
    this.dialect = dialect;
    this.graph = graph;
    this.models = new LinkedHashMap<>();
    models.forEach(m -> this.models.put(m.name(), m));
    this.schemas = Map.copyOf(schemas);
    this.targets = targets;
    for (List<String> layer : graph.layers()) {
      for (String name : layer) {
        if (!this.models.containsKey(name)) {
          throw PlannerErrors.unknownModel(name, "the DAG's layers");
        }
      }
    }
  }

  public RunPlan plan(Selection selection) {
    Set<String> selected = selection.resolve(graph, models.keySet());
    Set<String> built = new LinkedHashSet<>();
    for (List<String> layer : graph.layers()) {
      for (String name : layer) {
        if (selected.contains(name) && !(models.get(name).strategy() instanceof Strategy.Ephemeral)) {
          built.add(name);
        }
      }
    }
    boolean onBranch = targets.branchSchema().isPresent();
    if (onBranch) {
      checkBranch(built);
    }
    ModelSqlAssembler assembler = new ModelSqlAssembler(dialect, graph, models, targets, built);
    MaterializationRenderer renderer = new MaterializationRenderer(dialect);

    List<List<ModelStep>> layers = new ArrayList<>();
    for (List<String> layer : graph.layers()) {
      List<ModelStep> steps = new ArrayList<>();
      for (String name : layer) {
        if (built.contains(name)) {
          ModelStep step = step(models.get(name), assembler);
          renderer.validate(step);
          steps.add(step);
        }
      }
      layers.add(steps);
    }
    return new RunPlan(dialect, layers);
  }

  private ModelStep step(Model model, ModelSqlAssembler assembler) {
    ModelSqlAssembler.Assembled sql = assembler.assemble(model);
    ModelSchema schema = schemas.getOrDefault(model.name(), ModelSchema.unknown(model.name()));
    return new ModelStep(model.name(), model.strategy(), targets.resolve(model.target()), sql.sql(), schema,
        sql.inlined());
  }

  /** Rocky's branch refusals: no time_interval models, and no two models writing one branch table. */
  private void checkBranch(Set<String> built) {
    Map<String, String> writers = new HashMap<>();
    for (String name : built) {
      Model model = models.get(name);
      if (model.strategy() instanceof Strategy.TimeInterval) {
        throw PlannerErrors.strategyNotOnBranch(name, model.strategy().type());
      }
      TableName target = targets.resolve(model.target());
      String previous = writers.putIfAbsent(target.qualifiedName().toLowerCase(Locale.ROOT), name);
      if (previous != null) {
        throw PlannerErrors.invalidBranch(targets.branch() == null ? "" : targets.branch(),
            "models '%s' and '%s' would both write %s".formatted(previous, name, target.qualifiedName()));
      }
    }
  }
}
