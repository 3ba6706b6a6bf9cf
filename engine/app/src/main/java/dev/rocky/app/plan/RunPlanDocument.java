package dev.rocky.app.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.rocky.app.branch.ProjectDigest;
import dev.rocky.app.execute.PartitionOptions;
import dev.rocky.app.replay.CanonicalJson;
import dev.rocky.app.replay.Recipe;
import dev.rocky.core.port.ArtifactStore;
import dev.rocky.core.project.Dialect;
import dev.rocky.planner.ModelGraph;
import dev.rocky.planner.RunPlan;
import dev.rocky.planner.sql.SqlDialect;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A stored run plan ({@code plan_kind = "run"}): the flags it was made with, the digest of the
 * project files it was made from, the graph failures are contained along, and each layer's recipes
 * (whose steps are what runs). Nothing in it depends on when or by whom it was made, so planning an
 * unchanged project twice gives the same bytes and the same id.
 *
 * @param modelsDir the models directory, project-relative
 * @param graph the whole project's model graph, for failure containment
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunPlanDocument(
    @JsonProperty("plan_kind") String planKind,
    @JsonProperty("project") ProjectDigest project,
    @JsonProperty("models_dir") String modelsDir,
    @JsonProperty("config_hash") String configHash,
    @JsonProperty("dialect") String dialect,
    @JsonProperty("branch") @Nullable String branch,
    @JsonProperty("pipeline") @Nullable String pipeline,
    @JsonProperty("selectors") List<String> selectors,
    @JsonProperty("vars") Map<String, String> vars,
    @JsonProperty("parallel") int parallel,
    @JsonProperty("partitions") PartitionOptions partitions,
    @JsonProperty("graph") ModelGraph graph,
    @JsonProperty("layers") List<List<Recipe>> layers) {

  public static final String KIND = "run";

  public RunPlanDocument {
    Objects.requireNonNull(planKind, "planKind");
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(modelsDir, "modelsDir");
    Objects.requireNonNull(configHash, "configHash");
    Objects.requireNonNull(dialect, "dialect");
    selectors = List.copyOf(Objects.requireNonNullElse(selectors, List.of()));
    vars = java.util.Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNullElse(vars, Map.of())));
    Objects.requireNonNull(partitions, "partitions");
    Objects.requireNonNull(graph, "graph");
    layers = layers.stream().map(List::copyOf).toList();
  }

  public byte[] bytes() {
    return CanonicalJson.bytes(this);
  }

  /** The plan id: the SHA-256 of the canonical JSON. */
  public String id() {
    return ArtifactStore.keyOf(bytes());
  }

  /** Reads a stored plan, checking that its bytes still hash to {@code id}. */
  public static RunPlanDocument read(byte[] json, String id) {
    if (!ArtifactStore.keyOf(json).equals(id)) {
      throw new PlanException(PlanErrorCode.PLAN_CORRUPT, "plan " + id + " is corrupt: its bytes no longer hash to its id",
          "make a new plan with: rocky plan");
    }
    try {
      return CanonicalJson.read(json, RunPlanDocument.class);
    } catch (IllegalArgumentException e) {
      throw new PlanException(PlanErrorCode.PLAN_CORRUPT, "plan " + id + " cannot be read: " + e.getMessage(),
          "make a new plan with: rocky plan");
    }
  }

  /** The plan to run: each layer's steps. */
  public RunPlan runPlan() {
    SqlDialect sql = SqlDialect.of(java.util.Arrays.stream(Dialect.values()).filter(d -> d.id().equals(dialect))
        .findFirst().orElseThrow(() -> new IllegalArgumentException("unknown dialect " + dialect)));
    return new RunPlan(sql, layers.stream().map(l -> l.stream().map(Recipe::step).toList()).toList());
  }

  /** The recipes by model name, in plan order. */
  public Map<String, Recipe> recipes() {
    Map<String, Recipe> out = new java.util.LinkedHashMap<>();
    layers.forEach(l -> l.forEach(r -> out.put(r.model(), r)));
    return out;
  }

  /** Refuses the plan when the project's files are not those it was made from. */
  public void requireCurrent(ProjectDigest now) {
    if (!project.sha256().equals(now.sha256())) {
      List<String> changed = now.changedSince(project);
      throw new PlanException(PlanErrorCode.PLAN_STALE, "the project changed since plan " + id().substring(0, 12)
          + " was made: " + String.join(", ", changed.subList(0, Math.min(5, changed.size())))
          + (changed.size() > 5 ? " and " + (changed.size() - 5) + " more" : ""),
          "make a new plan with: rocky plan, and apply that one");
    }
  }
}
