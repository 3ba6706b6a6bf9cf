package dev.rocky.cli.ai;

import dev.rocky.adapter.duckdb.DuckDbAdapter;
import dev.rocky.ai.AiProviders;
import dev.rocky.app.ai.AnswerParser;
import dev.rocky.app.ai.GenerateService;
import dev.rocky.app.ai.OverlayProjectSource;
import dev.rocky.app.ai.ProposeTestsService;
import dev.rocky.app.compile.CompileService;
import dev.rocky.app.render.DiagnosticRenderer;
import dev.rocky.cli.error.CliErrorCode;
import dev.rocky.cli.error.CliException;
import dev.rocky.cli.output.CommandResult;
import dev.rocky.cli.output.DiagnosticsView;
import dev.rocky.cli.output.ExitCode;
import dev.rocky.cli.quality.CompiledProject;
import dev.rocky.cli.run.ProjectPaths;
import dev.rocky.compiler.CompileResult;
import dev.rocky.core.ai.AiProvider;
import dev.rocky.core.config.RuntimeSections;
import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.port.CacheStore;
import dev.rocky.core.project.Model;
import dev.rocky.store.local.DirectoryProjectSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The laptop wiring of the AI commands: the project from disk, the provider from {@code [ai]} and
 * the environment, candidates compiled in memory without the compile cache, and the files written
 * only once they compiled (a new model) or passed (tests, appended to the sidecar).
 */
public final class LocalAiWiring implements AiWiring {
  private final boolean color;
  private final Map<String, String> env;

  /** @param env the environment the provider reads its key or credentials from */
  public LocalAiWiring(boolean color, Map<String, String> env) {
    this.color = color;
    this.env = Map.copyOf(env);
  }

  @Override
  public CommandResult generate(GenerateRequest request) {
    CompiledProject project = CompiledProject.compile(ProjectPaths.of(request.config(), request.models()), request.vars());
    if (project.failed()) {
      return projectFails("ai", project, "fix the project before asking for a new model");
    }
    String name = request.name();
    if (name != null) {
      if (!AnswerParser.MODEL_NAME.matcher(name).matches()) {
        throw new CliException(CliErrorCode.USAGE, "--name '" + name + "' is not a model name",
            "use lower-case letters, digits and underscores, starting with a letter: --name fct_revenue");
      }
      if (project.project().model(name).isPresent()) {
        throw new CliException(CliErrorCode.USAGE, "a model named '" + name + "' already exists",
            "choose another --name; rocky ai writes new models only");
      }
    }
    RuntimeSections.Ai ai = project.project().config().ai();
    ProjectPaths paths = project.paths();
    GenerateService.Outcome outcome;
    AiProvider provider = AiProviders.of(ai, env);
    try {
      outcome = new GenerateService(provider, new CompileService(CacheStore.NONE, null), ai.maxTokens())
          .generate(new DirectoryProjectSource(paths.root()), paths.compileOptions(request.vars()), project.compiled(),
              new GenerateService.Request(request.intent(), name, request.format(), request.maxAttempts()));
    } finally {
      close(provider);
    }
    List<String> written = outcome.compiled() ? write(paths.root(), outcome.candidate().files()) : List.of();
    GenerateOutput out = new GenerateOutput(outcome.candidate().name(), request.format().extension(), outcome.attempts(),
        outcome.compiled(), written, outcome.diagnostics());
    Map<String, String> answer = outcome.candidate().files();
    return new CommandResult("ai", out, new GenerateView(out, file -> answer.containsKey(file)
        ? Optional.of(answer.get(file)) : read(paths.root(), file), color),
        outcome.compiled() ? ExitCode.SUCCESS : ExitCode.FAILURE);
  }

  @Override
  public CommandResult proposeTests(ProposeTestsRequest request) {
    CompiledProject project = CompiledProject.compile(ProjectPaths.of(request.config(), request.models()), request.vars());
    if (project.failed()) {
      return projectFails("ai-test", project, "fix the project before asking for tests");
    }
    Model model = project.project().model(request.model()).orElseThrow(() -> new CliException(CliErrorCode.USAGE,
        "no model named '" + request.model() + "'", "see the models with: rocky list models"));
    RuntimeSections.Ai ai = project.project().config().ai();
    AiProvider provider = AiProviders.of(ai, env);
    ProposeTestsService.Outcome outcome;
    try {
      outcome = new ProposeTestsService(provider, DuckDbAdapter::inMemory, ai.maxTokens())
          .propose(project.compiled(), project.models(request.vars()), model.name());
    } finally {
      close(provider);
    }
    int kept = (int) outcome.kept();
    String sidecar = null;
    if (kept > 0) {
      sidecar = model.sidecarFile() != null ? model.sidecarFile() : model.sqlFile().replaceFirst("\\.[^./]+$", "") + ".toml";
      String before = read(project.paths().root(), sidecar).orElse("");
      String after = before.isEmpty() ? outcome.toml()
          : before + (before.endsWith("\n") ? "\n" : "\n\n") + outcome.toml();
      CompileResult check = new CompileService(CacheStore.NONE, null).compile(
          new OverlayProjectSource(new DirectoryProjectSource(project.paths().root()), Map.of(sidecar, after)),
          project.paths().compileOptions(request.vars()));
      List<Diagnostic> errors = check.diagnostics().stream().filter(Diagnostic::isError).toList();
      if (!errors.isEmpty()) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("model", model.name());
        payload.put("diagnostics", errors);
        return new CommandResult("ai-test", payload, new DiagnosticsView(errors, project.paths().root(),
            "error: " + sidecar + " would not load with the proposed tests; nothing was written", color), ExitCode.FAILURE);
      }
      writeText(project.paths().root().resolve(sidecar), after);
    }
    ProposeTestsOutput out = new ProposeTestsOutput(model.name(), outcome.proposals().size(), kept, sidecar,
        outcome.proposals());
    return new CommandResult("ai-test", out, new ProposeTestsView(out), kept > 0 ? ExitCode.SUCCESS : ExitCode.FAILURE);
  }

  private CommandResult projectFails(String command, CompiledProject project, String advice) {
    List<Diagnostic> errors = project.errors();
    String summary = new DiagnosticRenderer(file -> Optional.empty(), false).summary(errors, project.modelCount())
        + "; " + advice;
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("diagnostics", errors);
    return new CommandResult(command, payload, new DiagnosticsView(errors, project.paths().root(), summary, color),
        ExitCode.FAILURE);
  }

  /** Writes new files only: a file already there is an error, and nothing is overwritten. */
  private static List<String> write(Path root, Map<String, String> files) {
    for (String file : files.keySet()) {
      if (Files.exists(root.resolve(file))) {
        throw new CliException(CliErrorCode.FILE_EXISTS, file + " already exists; nothing was written",
            "move it away, or pass another --name");
      }
    }
    List<String> written = new ArrayList<>();
    files.forEach((file, text) -> {
      Path path = root.resolve(file);
      try {
        Files.createDirectories(path.getParent());
        Files.writeString(path, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
      } catch (FileAlreadyExistsException e) {
        throw new CliException(CliErrorCode.FILE_EXISTS, file + " already exists", "move it away, or pass another --name", e);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      written.add(file);
    });
    return written;
  }

  private static void writeText(Path path, String text) {
    try {
      Files.createDirectories(path.getParent());
      Files.writeString(path, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Optional<String> read(Path root, String file) {
    try {
      Path path = root.resolve(file);
      return Files.isRegularFile(path) ? Optional.of(Files.readString(path, StandardCharsets.UTF_8)) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static void close(AiProvider provider) {
    if (provider instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        // Closing an HTTP client: nothing the user can act on.
      }
    }
  }
}
