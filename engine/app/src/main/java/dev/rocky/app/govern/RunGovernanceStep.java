package dev.rocky.app.govern;

import dev.rocky.app.execute.ModelResult;
import dev.rocky.app.run.RunGovernance;
import dev.rocky.app.run.RunOutput;
import dev.rocky.compiler.govern.ProjectClassifications;
import dev.rocky.core.config.RockyConfig;
import dev.rocky.core.error.RockyException;
import dev.rocky.core.port.WarehouseAdapter;
import dev.rocky.core.project.Model;
import dev.rocky.core.project.Strategy;
import dev.rocky.core.project.TargetRef;
import dev.rocky.core.run.ModelStatus;
import dev.rocky.core.types.TypedColumn;
import dev.rocky.planner.ModelStep;
import dev.rocky.planner.RunPlan;
import dev.rocky.planner.govern.GrantSql;
import dev.rocky.planner.sql.SqlDialect;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A run's governance step: on the models that were built, the masks of the run's environment (DuckDB:
 * the masked views), their tags and the grant difference, then the masks read back. A mask that did
 * not apply is an error of the run, never a warning: the run ends {@code PartialFailure} at best, or
 * {@code Failure} with {@code [classifications] mask_failure = "abort"}. A project that classifies
 * nothing and configures no grants has no governance step.
 */
public final class RunGovernanceStep implements RunGovernance {
  private final GovernService service;
  private final WarehouseAdapter warehouse;
  private final RockyConfig config;
  private final ProjectClassifications classified;
  private final Map<String, Model> models;
  private final ModelPipelines pipelines;
  private final @Nullable String env;

  public RunGovernanceStep(WarehouseAdapter warehouse, RockyConfig config, ProjectClassifications classified,
      List<Model> models, @Nullable String env) {
    this.service = new GovernService(SqlDialect.of(warehouse.dialect()), warehouse);
    this.warehouse = warehouse;
    this.config = config;
    this.classified = classified;
    this.models = new java.util.LinkedHashMap<>();
    models.forEach(m -> this.models.put(m.name(), m));
    this.pipelines = ModelPipelines.of(config, models);
    this.env = env;
  }

  @Override
  public RunOutput afterModels(RunPlan plan, List<ModelResult> results, RunOutput output) {
    Map<String, ModelStep> steps = new HashMap<>();
    plan.steps().forEach(s -> steps.put(s.model(), s));
    List<Built> built = new ArrayList<>();
    for (ModelResult r : results) {
      ModelStep step = steps.get(r.model());
      Model model = models.get(r.model());
      if (r.status() == ModelStatus.SUCCESS && step != null && model != null) {
        built.add(new Built(model, step));
      }
    }
    boolean grants = new GrantSql(service.dialect()).supported() && (!config.roles().isEmpty()
        || built.stream().anyMatch(b -> !b.model().config().grants().isEmpty()
            || !pipelines.governance(b.model().name()).grants().isEmpty()
            || !pipelines.governance(b.model().name()).schemaGrants().isEmpty()));
    if (built.isEmpty() || (classified.isEmpty() && !grants)) {
      return output;
    }
    // Only now the tables' columns: a project without governance asks the warehouse nothing.
    List<GovernTarget> targets = built.stream().map(b -> target(b.model(), b.step())).toList();
    try {
      GovernPlan governed = service.plan(config, classified, targets, env,
          new GrantSql(service.dialect()).supported() ? service.warehouseGrants() : GrantReader.NONE);
      return RunOutputGovernance.fold(output, service.apply(governed), config.classifications().maskFailure());
    } catch (RockyException e) {
      return RunOutputGovernance.failed(output, e.getMessage(), config.classifications().maskFailure());
    }
  }

  /** A model the run built, with its step. */
  private record Built(Model model, ModelStep step) {}

  private GovernTarget target(Model model, ModelStep step) {
    TargetRef ref = new TargetRef(step.target().catalog(), step.target().schema(), step.target().table());
    List<TypedColumn> columns = warehouse.describeTable(ref).orElse(step.schema().columns());
    boolean view = step.strategy() instanceof Strategy.View || step.strategy() instanceof Strategy.MaterializedView;
    return new GovernTarget(model, step.target(), view, columns, pipelines.pipeline(model.name()),
        pipelines.governance(model.name()));
  }
}
