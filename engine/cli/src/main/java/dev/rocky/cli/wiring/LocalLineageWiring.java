package dev.rocky.cli.wiring;

import dev.rocky.app.compile.CompileService;
import dev.rocky.app.lineage.LineageDot;
import dev.rocky.app.lineage.LineageOutput;
import dev.rocky.app.lineage.LineageReports;
import dev.rocky.app.lineage.LineageTarget;
import dev.rocky.app.lineagediff.LineageDiffInput;
import dev.rocky.app.lineagediff.LineageDiffOutput;
import dev.rocky.app.lineagediff.LineageDiffService;
import dev.rocky.app.openlineage.OpenLineageExport;
import dev.rocky.app.openlineage.OpenLineageJson;
import dev.rocky.app.openlineage.OpenLineageNaming;
import dev.rocky.app.render.DiagnosticRenderer;
import dev.rocky.cli.error.CliErrorCode;
import dev.rocky.cli.error.CliException;
import dev.rocky.cli.output.CommandResult;
import dev.rocky.cli.output.DiagnosticsJson;
import dev.rocky.cli.output.DiagnosticsView;
import dev.rocky.cli.output.ExitCode;
import dev.rocky.cli.output.HumanView;
import dev.rocky.cli.output.LineageJson;
import dev.rocky.cli.output.LineageView;
import dev.rocky.compiler.CompileOptions;
import dev.rocky.compiler.CompileResult;
import dev.rocky.compiler.lineage.ColumnStatus;
import dev.rocky.compiler.lineage.ColumnTrace;
import dev.rocky.compiler.lineage.Direction;
import dev.rocky.compiler.lineage.LineageGraph;
import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.lineage.ColumnRef;
import dev.rocky.core.lineage.LineageEdge;
import dev.rocky.core.port.CacheStore;
import dev.rocky.core.types.TypedColumn;
import dev.rocky.store.local.DirectoryCacheStore;
import dev.rocky.store.local.DirectoryProjectSource;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The lineage commands on the laptop and in CI: the project from disk, git on the PATH. */
public final class LocalLineageWiring implements LineageWiring {
  private final boolean color;
  private final Clock clock;

  public LocalLineageWiring(boolean color, Clock clock) {
    this.color = color;
    this.clock = clock;
  }

  @Override
  public CommandResult lineage(LineageRequest request) {
    Path root = rootOf(request.config());
    CompileOptions options = options(root, request.config(), request.models(), null);
    CompileResult result = new CompileService(cache(root), null).compile(new DirectoryProjectSource(root), options);
    if (result.project() == null) {
      return failed("lineage", root, result);
    }
    LineageGraph graph = result.lineage();
    if (request.format() == LineageRequest.LineageFormat.OPENLINEAGE) {
      return openLineage(result, request);
    }
    String text = request.target();
    if (text == null) {
      throw new CliException(CliErrorCode.USAGE, "missing <model> or <model>.<column>",
          "name a model (rocky list models shows them), or export the whole project with --format openlineage");
    }
    return switch (resolve(graph, text)) {
      case LineageTarget.Model m -> model(graph, m.name(), request);
      case LineageTarget.Column c -> column(graph, c.column(), request);
    };
  }

  private CommandResult model(LineageGraph graph, String model, LineageRequest request) {
    LineageOutput output = LineageReports.model(graph, model);
    if (request.format() == LineageRequest.LineageFormat.DOT) {
      boolean down = request.direction() == Direction.DOWNSTREAM;
      List<LineageEdge> edges = graph.edgesOf(model).stream()
          .filter(e -> (down ? e.source() : e.target()).model().equals(model)).toList();
      return raw(new LineageJson.Model(output), LineageDot.render(edges, down ? List.of() : graph.unresolved(model)));
    }
    return CommandResult.success("lineage", new LineageJson.Model(output), LineageView.model(output, graph));
  }

  private CommandResult column(LineageGraph graph, ColumnRef column, LineageRequest request) {
    if (graph.status(column) instanceof ColumnStatus.Missing) {
      List<String> names = graph.schema(column.model()).orElseThrow().columns().stream().map(TypedColumn::name).toList();
      throw new CliException(CliErrorCode.USAGE, "model '" + column.model() + "' has no column '" + column.column() + "'",
          "its columns are: " + String.join(", ", names));
    }
    Direction direction = request.direction() == null ? Direction.UPSTREAM : request.direction();
    ColumnTrace trace = graph.trace(column, direction, true);
    if (request.format() == LineageRequest.LineageFormat.DOT) {
      return raw(new LineageJson.Column(LineageReports.column(trace)), LineageDot.render(trace.edges(), trace.unresolved()));
    }
    return CommandResult.success("lineage", new LineageJson.Column(LineageReports.column(trace)), LineageView.trace(trace, graph));
  }

  private CommandResult openLineage(CompileResult result, LineageRequest request) {
    OpenLineageExport export = new OpenLineageExport(result,
        OpenLineageNaming.of(result.project(), request.jobNamespace(), request.datasetNamespace()),
        OpenLineageExport.PRODUCER, clock.instant());
    String text = request.target();
    List<String> models;
    if (text == null) {
      models = export.modelNames();
    } else if (resolve(result.lineage(), text) instanceof LineageTarget.Model m) {
      models = List.of(m.name());
    } else {
      throw new CliException(CliErrorCode.USAGE, "OpenLineage describes whole models, not '" + text + "'",
          "pass a model name, or none for every model of the project");
    }
    // Each event is printed as soon as it is built: a large project's export is never held whole.
    return CommandResult.success("lineage", Map.of(), out -> export.forEach(models, e -> OpenLineageJson.writeLine(out, e)));
  }

  @Override
  public CommandResult lineageDiff(LineageDiffRequest request) {
    Path root = rootOf(request.config());
    LineageDiffInput input = new LineageDiffInput(root, relative(root, request.config()),
        relative(root, request.models()), request.contracts() == null ? null : relative(root, request.contracts()),
        request.baseRef());
    CompileOptions options = options(root, request.config(), request.models(), request.contracts());
    LineageDiffService service = new LineageDiffService((dir, scratch) ->
        new CompileService(scratch ? CacheStore.NONE : cache(dir), null).compile(new DirectoryProjectSource(dir), options));
    LineageDiffOutput output = service.diff(input);
    HumanView view = HumanView.lines("Rocky Lineage Diff (" + output.baseRef() + "..." + output.headRef() + ")", "",
        output.results().isEmpty() ? "No changed model files detected." : output.markdown().stripTrailing());
    boolean fail = request.failOnBreaking() && output.hasBreakingChanges();
    return new CommandResult("lineage-diff", output, view, fail ? ExitCode.FAILURE : ExitCode.SUCCESS);
  }

  private static LineageTarget resolve(LineageGraph graph, String text) {
    Optional<LineageTarget> target = LineageTarget.resolve(graph, text);
    if (target.isEmpty()) {
      throw new CliException(CliErrorCode.USAGE, "no model or column named '" + text + "'",
          "name a model, model.column or source.table.column; rocky list models shows the models");
    }
    return target.get();
  }

  /** A document printed as is (DOT, OpenLineage); the payload is what JSON mode would have shown. */
  private static CommandResult raw(Object payload, String document) {
    return CommandResult.success("lineage", payload, out -> out.print(document));
  }

  private CommandResult failed(String command, Path root, CompileResult result) {
    List<Diagnostic> errors = result.diagnostics().stream().filter(Diagnostic::isError).toList();
    String summary = new DiagnosticRenderer(file -> Optional.empty(), false).summary(errors, 0);
    return new CommandResult(command, new DiagnosticsJson(errors), new DiagnosticsView(errors, root, summary, color),
        ExitCode.FAILURE);
  }

  private static CompileOptions options(Path root, Path config, Path models, @Nullable Path contracts) {
    String modelsDir = relative(root, models);
    return CompileOptions.defaults().withDirectories(relative(root, config), "models".equals(modelsDir) ? null : modelsDir,
        contracts == null ? null : relative(root, contracts));
  }

  private static CacheStore cache(Path root) {
    return DirectoryCacheStore.ofProject(root);
  }

  private static Path rootOf(Path config) {
    Path parent = config.toAbsolutePath().normalize().getParent();
    return parent == null ? Path.of("").toAbsolutePath() : parent;
  }

  private static String relative(Path root, Path path) {
    Path abs = path.toAbsolutePath().normalize();
    return (abs.startsWith(root) ? root.relativize(abs) : abs).toString().replace('\\', '/');
  }
}
