package dev.rocky.cli.wiring;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rocky.app.catalog.site.CatalogSiteService;
import dev.rocky.app.catalog.site.PullRequests;
import dev.rocky.app.compile.CompileService;
import dev.rocky.app.render.DiagnosticRenderer;
import dev.rocky.catalog.SiteReport;
import dev.rocky.catalog.data.PrData;
import dev.rocky.cli.error.CliErrorCode;
import dev.rocky.cli.error.CliException;
import dev.rocky.cli.output.CommandResult;
import dev.rocky.cli.output.DiagnosticsView;
import dev.rocky.cli.output.ExitCode;
import dev.rocky.cli.output.HumanView;
import dev.rocky.cli.output.Json;
import dev.rocky.compiler.CompileOptions;
import dev.rocky.compiler.CompileResult;
import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.run.RunRecord;
import dev.rocky.store.local.DirectoryCacheStore;
import dev.rocky.store.local.DirectoryProjectSource;
import dev.rocky.store.local.SqliteStateStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@code rocky catalog} on the laptop and in CI: compiles the project from disk, reads the recent
 * runs from the embedded state file (none when the project never ran) and writes the site. The
 * human view ends with the path of the home page.
 */
public final class LocalCatalogWiring {
  private final boolean color;
  private final Clock clock;

  public LocalCatalogWiring(boolean color, Clock clock) {
    this.color = color;
    this.clock = clock;
  }

  public CommandResult catalog(CatalogRequest request) {
    Path config = request.config().toAbsolutePath().normalize();
    Path root = config.getParent() == null ? Path.of("").toAbsolutePath() : config.getParent();
    String modelsDir = relative(root, request.models());
    CompileOptions options = CompileOptions.defaults()
        .withDirectories(relative(root, config), "models".equals(modelsDir) ? null : modelsDir, null);
    CompileResult result = new CompileService(DirectoryCacheStore.ofProject(root), null)
        .compile(new DirectoryProjectSource(root), options);
    if (result.project() == null) {
      List<Diagnostic> errors = result.diagnostics().stream().filter(Diagnostic::isError).toList();
      String summary = new DiagnosticRenderer(file -> Optional.empty(), false).summary(errors, 0);
      return new CommandResult("catalog", Map.of("diagnostics", errors), new DiagnosticsView(errors, root, summary, color),
          ExitCode.FAILURE);
    }
    PrData pr = request.lineageDiff() == null ? null : pullRequest(request.lineageDiff());
    Path out = request.out() == null ? root.resolve(".rocky").resolve("catalog") : request.out();
    SiteReport report = new CatalogSiteService(clock).generate(result, runs(root, request.runs()), pr, out);
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("home", report.home().toString());
    payload.put("models", result.project().models().size());
    payload.put("pages", report.pages());
    payload.put("files", report.files());
    payload.put("files_written", report.written());
    payload.put("bytes", report.bytes());
    payload.put("duration_ms", report.elapsed().toMillis());
    String summary = String.format(Locale.ROOT, "catalog: %d models, %d pages, %d files (%d written), %.1f MB in %.1f s",
        result.project().models().size(), report.pages(), report.files(), report.written(), report.bytes() / 1e6,
        report.elapsed().toMillis() / 1e3);
    return CommandResult.success("catalog", payload, HumanView.lines(summary, report.home().toString()));
  }

  private static List<RunRecord> runs(Path root, int limit) {
    if (limit == 0 || !Files.isRegularFile(root.resolve(SqliteStateStore.DEFAULT_PATH))) {
      return List.of();
    }
    try (SqliteStateStore state = SqliteStateStore.forProject(root)) {
      return state.recentRuns(limit);
    }
  }

  private static PrData pullRequest(Path file) {
    try {
      JsonNode diff = Json.mapper().readTree(Files.readString(file));
      return PullRequests.of(diff);
    } catch (IOException e) {
      throw new CliException(CliErrorCode.USAGE, "cannot read the lineage diff " + file + ": " + e.getMessage(),
          "pass the JSON that 'rocky lineage-diff -o json' prints");
    }
  }

  private static String relative(Path root, @Nullable Path path) {
    if (path == null) {
      return "models";
    }
    Path abs = path.toAbsolutePath().normalize();
    return (abs.startsWith(root) ? root.relativize(abs) : abs).toString().replace('\\', '/');
  }
}
