package dev.rocky.fn.govern;

import dev.rocky.app.govern.ComplianceReport;
import dev.rocky.app.govern.ComplianceService;
import dev.rocky.compiler.CompileResult;
import dev.rocky.compiler.govern.ClassificationResolver;
import dev.rocky.core.error.RockyException;
import dev.rocky.core.port.ArtifactStore;
import dev.rocky.core.port.StateStore;
import dev.rocky.core.project.Project;
import dev.rocky.core.run.ModelStatus;
import dev.rocky.core.run.RunRecord;
import dev.rocky.fn.FunctionErrorCode;
import dev.rocky.fn.compile.SnapshotProjects;
import dev.rocky.fn.support.FunctionJson;
import java.util.List;
import java.util.Objects;

/**
 * The govern step's work: the compliance report ({@link ComplianceService}) of the models the run
 * built, from the project the run compiled: every classified column, declared or inherited, with
 * its masking strategy in each environment, and the exceptions. The report is stored as an
 * artifact; the answer says whether the run's models comply.
 */
public final class RunGovernor {
  private final StateStore state;
  private final ArtifactStore artifacts;
  private final SnapshotProjects projects;

  public RunGovernor(StateStore state, ArtifactStore artifacts, SnapshotProjects projects) {
    this.state = Objects.requireNonNull(state, "state");
    this.artifacts = Objects.requireNonNull(artifacts, "artifacts");
    this.projects = Objects.requireNonNull(projects, "projects");
  }

  public GovernFunctionResponse.Compliance govern(GovernFunctionRequest request) {
    RunRecord run = run(state, request.runId());
    CompileResult compiled = projects.compile(request.snapshotKey(), request.config(), request.vars());
    Project project = Objects.requireNonNull(compiled.project());
    List<String> built = run.modelsExecuted().stream().filter(e -> e.status() == ModelStatus.SUCCESS)
        .map(e -> e.modelName()).toList();
    ComplianceReport report = built.isEmpty()
        ? new ComplianceReport(new ComplianceReport.Summary(0, 0, 0), List.of(), List.of(), "")
        : ComplianceService.report(project.config(), ClassificationResolver.resolve(project, compiled.lineage()), null,
            false, built);
    String key = artifacts.put(FunctionJson.bytes(report));
    return new GovernFunctionResponse.Compliance(!report.hasExceptions(), report.summary().totalClassified(),
        report.summary().totalMasked(), report.summary().totalExceptions(),
        report.exceptions().stream().limit(GovernFunctionResponse.EXCEPTIONS_SHOWN).toList(), key);
  }

  static RunRecord run(StateStore state, String runId) {
    return state.run(runId).orElseThrow(() -> new RockyException(FunctionErrorCode.RUN_NOT_FOUND,
        "no run record for " + runId + "; the steps after the models run after the run function's finish step"));
  }
}
