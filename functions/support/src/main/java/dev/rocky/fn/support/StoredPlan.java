package dev.rocky.fn.support;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.rocky.core.project.Dialect;
import dev.rocky.planner.ModelGraph;
import dev.rocky.planner.ModelStep;
import dev.rocky.planner.RunPlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A run plan as the compile function stores it (content-addressed, by key) and the execute
 * function reads it: every step, layer by layer, with its executable SQL; the project's model
 * graph, for failure containment; each model's SQL file, named in errors.
 *
 * @param format the document's version, {@value #FORMAT}
 * @param dialect the warehouse the SQL was rendered for, e.g. {@code duckdb}
 * @param upstream each model's direct upstream models (the whole project, not only the plan)
 * @param branch the branch the plan builds into ({@code branch__<name>} schemas), absent for production
 * @param projectDigest the {@code ProjectDigest} of the snapshot's files, which the run records
 *     (promotions and approvals are bound to it); absent in plans made before it was stored
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StoredPlan(
    @JsonProperty("format") int format,
    @JsonProperty("dialect") String dialect,
    @JsonProperty("layers") List<List<ModelStep>> layers,
    @JsonProperty("upstream") Map<String, List<String>> upstream,
    @JsonProperty("sql_files") Map<String, String> sqlFiles,
    @JsonProperty("branch") @Nullable String branch,
    @JsonProperty("project_digest") @Nullable String projectDigest) {

  public static final int FORMAT = 1;

  public StoredPlan {
    if (format != FORMAT) {
      throw new IllegalArgumentException("a plan of format " + format + "; this Rocky reads format " + FORMAT);
    }
    Objects.requireNonNull(dialect, "dialect");
    layers = layers.stream().map(List::copyOf).toList();
    upstream = Map.copyOf(upstream);
    sqlFiles = Map.copyOf(sqlFiles);
  }

  /** A production plan without a project digest. */
  public StoredPlan(int format, String dialect, List<List<ModelStep>> layers, Map<String, List<String>> upstream,
      Map<String, String> sqlFiles) {
    this(format, dialect, layers, upstream, sqlFiles, null, null);
  }

  public static StoredPlan of(RunPlan plan, ModelGraph graph, Map<String, String> sqlFiles) {
    return of(plan, graph, sqlFiles, null, null);
  }

  public static StoredPlan of(RunPlan plan, ModelGraph graph, Map<String, String> sqlFiles, @Nullable String branch,
      @Nullable String projectDigest) {
    Map<String, String> files = new LinkedHashMap<>();
    plan.steps().forEach(s -> files.put(s.model(), sqlFiles.getOrDefault(s.model(), "models/" + s.model() + ".sql")));
    return new StoredPlan(FORMAT, plan.dialect().dialect().id(), plan.layers(), graph.upstream(), files, branch,
        projectDigest);
  }

  public Dialect warehouse() {
    return Dialect.valueOf(dialect.toUpperCase(Locale.ROOT));
  }

  public Optional<ModelStep> step(String model) {
    return layers.stream().flatMap(List::stream).filter(s -> s.model().equals(model)).findFirst();
  }

  public String sqlFile(String model) {
    return sqlFiles.getOrDefault(model, "models/" + model + ".sql");
  }

  /** The model names of each layer: what a state machine maps over. */
  public List<List<String>> modelLayers() {
    List<List<String>> out = new ArrayList<>();
    layers.forEach(l -> out.add(l.stream().map(ModelStep::model).toList()));
    return out;
  }
}
