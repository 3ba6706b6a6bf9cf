package dev.rocky.cli.cost;

import dev.rocky.app.compile.CompileService;
import dev.rocky.app.cost.CostHistory;
import dev.rocky.app.cost.CostOutput;
import dev.rocky.app.cost.CostPreviewOutput;
import dev.rocky.app.cost.CostPreviewService;
import dev.rocky.app.cost.CostService;
import dev.rocky.app.cost.CostTrendOutput;
import dev.rocky.app.lineagediff.LineageDiffInput;
import dev.rocky.cli.error.CliErrorCode;
import dev.rocky.cli.error.CliException;
import dev.rocky.cli.output.CommandResult;
import dev.rocky.cli.output.ExitCode;
import dev.rocky.cli.run.ProjectPaths;
import dev.rocky.compiler.CompileOptions;
import dev.rocky.core.port.CacheStore;
import dev.rocky.core.project.Project;
import dev.rocky.core.run.RunRecord;
import dev.rocky.store.local.DirectoryCacheStore;
import dev.rocky.store.local.DirectoryProjectSource;
import java.nio.file.Path;

/** The cost commands on the laptop and in CI: the project from disk, runs from {@code .rocky/state.sqlite}, git on the PATH. */
public final class LocalCostWiring implements CostWiring {

  @Override
  public CommandResult cost(CostRequests.Run request) {
    ProjectPaths paths = ProjectPaths.of(request.config());
    Project project = paths.load();
    RunRecord run = LocalCostHistory.find(paths, request.run());
    String model = request.model();
    if (model != null && run.modelsExecuted().stream().noneMatch(e -> e.modelName().equals(model))) {
      throw new CliException(CliErrorCode.USAGE, "run " + run.runId() + " did not execute model '" + model + "'",
          "see what it ran with: rocky history");
    }
    CostService service = CostService.of(project, CostTargets.adapterType(project.config()));
    CostOutput output = CostOutput.of(run, service, request.by(), model, project);
    return CommandResult.success("cost", output, CostViews.run(output));
  }

  @Override
  public CommandResult trend(CostRequests.Trend request) {
    ProjectPaths paths = ProjectPaths.of(request.config());
    Project project = paths.load();
    CostHistory history = LocalCostHistory.read(paths.root(), project.config().cost().minHistoryRuns());
    if (history.executions(request.model()).isEmpty()) {
      throw new CliException(CliErrorCode.USAGE, "no recorded run executed model '" + request.model() + "'",
          project.model(request.model()).isPresent() ? "build it first: rocky run --model " + request.model()
              : "see the models with: rocky list models");
    }
    CostTrendOutput output = CostTrendOutput.of(request.model(), history, request.limit());
    return CommandResult.success("cost", output, CostViews.trend(output));
  }

  @Override
  public CommandResult preview(CostRequests.Preview request) {
    ProjectPaths paths = ProjectPaths.of(request.config(), request.models());
    Path root = paths.root();
    Path contracts = request.contracts();
    String contractsDir = contracts == null ? null : paths.relative(contracts);
    LineageDiffInput input = new LineageDiffInput(root, paths.relative(request.config()), paths.relative(request.models()),
        contractsDir, request.baseRef());
    CompileOptions options = paths.compileOptions(java.util.Map.of()).withDirectories(paths.relative(request.config()),
        "models".equals(paths.relative(request.models())) ? null : paths.relative(request.models()), contractsDir);
    int minRuns = paths.load().config().cost().minHistoryRuns();
    CostPreviewOutput output;
    try (WarehouseEstimates estimates = new WarehouseEstimates(request.config(), request.models())) {
      CostPreviewService service = new CostPreviewService((dir, scratch) ->
          new CompileService(scratch ? CacheStore.NONE : DirectoryCacheStore.ofProject(dir), null)
              .compile(new DirectoryProjectSource(dir), options),
          LocalCostHistory.read(root, minRuns), estimates);
      output = service.preview(input);
    }
    return new CommandResult("preview cost", output, CostViews.preview(output),
        output.hasBudgetErrors() ? ExitCode.FAILURE : ExitCode.SUCCESS);
  }
}
