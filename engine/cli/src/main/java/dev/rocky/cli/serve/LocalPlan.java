package dev.rocky.cli.serve;

import dev.rocky.app.api.RunSubmission;
import dev.rocky.app.api.StartRunRequest;
import dev.rocky.app.run.RunOptions;
import dev.rocky.cli.error.CliErrorCode;
import dev.rocky.cli.error.CliException;
import dev.rocky.cli.run.ProjectPaths;
import dev.rocky.cli.run.RunGraph;
import dev.rocky.cli.run.RunProvenance;
import dev.rocky.cli.run.RunTargets;
import dev.rocky.compiler.CompileResult;
import dev.rocky.compiler.check.VarSubstitution;
import dev.rocky.core.project.Model;
import dev.rocky.core.project.Project;
import dev.rocky.planner.Selection;
import dev.rocky.planner.Selector;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import java.util.Set;

/**
 * What a run started through the API builds, worked out as {@code rocky run} does: the graph of its
 * pipelines, the models with {@code @var}s bound, and the selection (the request's selectors, within
 * the pipelines).
 */
record LocalPlan(RunGraph graph, List<Model> models, Selection selection) {

  static LocalPlan of(CompileResult compiled, Project project, RunTargets targets, StartRunRequest request) {
    RunGraph graph = RunGraph.of(Objects.requireNonNull(compiled.dag(), "dag"), project.models(), targets);
    VarSubstitution substitution = new VarSubstitution(request.vars());
    List<Model> models = project.models().stream()
        .map(m -> new Model(m.name(), m.sqlFile(), substitution.apply(m).sql(), m.sidecarFile(), m.config()))
        .toList();
    Set<String> names = new LinkedHashSet<>();
    models.forEach(m -> names.add(m.name()));
    List<String> selectors = request.selection();
    Selection asked = selectors.isEmpty() ? Selection.all() : Selection.of(selectors.toArray(String[]::new));
    List<Selector> kept = asked.resolve(graph.planning(), names).stream()
        .filter(graph.members()::contains).map(Selector::model).toList();
    if (kept.isEmpty()) {
      throw new CliException(selectors.isEmpty() ? CliErrorCode.CONFIG : CliErrorCode.USAGE,
          "the selection has no model of pipeline " + String.join(", ", targets.names()) + " to run",
          "select models of the pipeline; GET /models lists each pipeline's models");
    }
    return new LocalPlan(graph, models, new Selection(kept));
  }

  /** The run's options: the request's key, trigger and source, the caller (or $USER), git and rocky.toml provenance. */
  RunOptions options(ProjectPaths paths, int parallel, RunSubmission submission) {
    StartRunRequest request = submission.request();
    RunProvenance provenance = RunProvenance.of(paths.config(), paths.root());
    Map<String, String> files = new HashMap<>();
    models.forEach(m -> files.put(m.name(), m.sqlFile()));
    String identity = submission.caller() != null ? submission.caller()
        : Optional.ofNullable(System.getenv("USER")).filter(u -> !u.isBlank()).orElse(null);
    return RunOptions.builder(provenance.configHash())
        .parallel(parallel)
        .filter(String.join(" ", request.selection()))
        .idempotencyKey(request.idempotencyKey())
        .trigger(request.trigger())
        .sessionSource(request.sessionSource())
        .triggeringIdentity(identity)
        .git(provenance.gitCommit(), provenance.gitBranch())
        .modelFiles(files)
        .build();
  }
}
