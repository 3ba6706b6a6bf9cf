package dev.rocky.cli.run;

import dev.rocky.app.branch.ProjectDigest;
import dev.rocky.app.replay.Recipe;
import dev.rocky.app.run.RunOptions;
import dev.rocky.planner.ModelGraph;
import dev.rocky.planner.RunPlan;
import java.util.Map;
import java.util.Objects;

/**
 * A run planned and not yet started: what {@code rocky run} executes at once, what {@code rocky
 * plan} stores and {@code rocky apply} loads back.
 *
 * @param containment the graph failures are contained along
 * @param recipes each step's recipe, by model name
 * @param digest the project files the plan was made from
 */
public record Planned(ProjectPaths paths, RunTargets targets, ModelGraph containment, RunPlan plan, RunOptions options,
    Map<String, Recipe> recipes, ProjectDigest digest) {

  public Planned {
    Objects.requireNonNull(paths, "paths");
    Objects.requireNonNull(targets, "targets");
    Objects.requireNonNull(containment, "containment");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(options, "options");
    recipes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(recipes));
    Objects.requireNonNull(digest, "digest");
  }
}
