package dev.rocky.cli.quality;

import dev.rocky.app.quality.ModelChecks;
import dev.rocky.app.quality.PipelineChecks;
import dev.rocky.app.quality.RunChecks;
import dev.rocky.app.run.RunOutput;
import dev.rocky.cli.output.HumanView;
import dev.rocky.cli.run.RunTargets;
import dev.rocky.core.config.TransformationPipeline;
import dev.rocky.core.port.StateStore;
import dev.rocky.core.port.WarehouseAdapter;
import dev.rocky.core.project.Model;
import dev.rocky.planner.RunPlan;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The quality side of {@code rocky run} on transformation pipelines: the checks each pipeline's
 * {@code [checks]} asks for on the tables of its models, and their lines in table mode. A malformed
 * {@code [checks]} stops the run before anything is built, with a coded error.
 */
public final class RunQuality {
  private RunQuality() {}

  /** What the run checks after its models: nothing when no pipeline of the run enables checks. */
  public static RunChecks checks(RunTargets targets, List<Model> models, RunPlan plan, WarehouseAdapter adapter,
      StateStore state, Clock clock) {
    Map<String, PipelineChecks> byPipeline = new LinkedHashMap<>();
    targets.pipelines().forEach((name, p) -> PipelineChecks.of(name, p.checks()).ifPresent(c -> byPipeline.put(name, c)));
    if (byPipeline.isEmpty()) {
      return RunChecks.NONE;
    }
    Map<String, PipelineChecks> byModel = new HashMap<>();
    for (Model m : models) {
      pipelineOf(m, targets).map(byPipeline::get).ifPresent(c -> byModel.put(m.name(), c));
    }
    Map<String, Model> byName = new HashMap<>();
    models.forEach(m -> byName.put(m.name(), m));
    return ModelChecks.of(adapter, state, clock, plan, byName, byModel);
  }

  /** The run's view followed by its checks. */
  public static HumanView view(HumanView runView, RunOutput output) {
    return new CheckLines(runView, output);
  }

  /** The run's pipeline a model belongs to: the only one, or the first whose models glob matches its file. */
  private static Optional<String> pipelineOf(Model m, RunTargets targets) {
    if (targets.sole()) {
      return targets.names().stream().findFirst();
    }
    for (Map.Entry<String, TransformationPipeline> p : targets.pipelines().entrySet()) {
      PathMatcher glob = FileSystems.getDefault().getPathMatcher("glob:" + p.getValue().models());
      if (glob.matches(Path.of(m.sqlFile()))) {
        return Optional.of(p.getKey());
      }
    }
    return Optional.empty();
  }
}
