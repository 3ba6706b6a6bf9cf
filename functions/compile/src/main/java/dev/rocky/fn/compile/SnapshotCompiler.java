package dev.rocky.fn.compile;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rocky.app.compile.CompileReport;
import dev.rocky.app.compile.CompileService;
import dev.rocky.compiler.CompileOptions;
import dev.rocky.compiler.CompileResult;
import dev.rocky.core.RockyVersion;
import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.diagnostic.Severity;
import dev.rocky.core.error.RockyException;
import dev.rocky.core.port.ArtifactStore;
import dev.rocky.core.project.Model;
import dev.rocky.fn.FunctionErrorCode;
import dev.rocky.fn.support.ArchiveProjectSource;
import dev.rocky.fn.support.FunctionJson;
import dev.rocky.fn.support.StoredPlan;
import dev.rocky.planner.ModelGraph;
import dev.rocky.planner.RunPlan;
import dev.rocky.planner.RunPlanner;
import dev.rocky.planner.Selection;
import dev.rocky.planner.sql.SqlDialect;
import dev.rocky.planner.target.TargetResolver;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The compile function's work, between decoding and encoding: fetch the snapshot, compile it with
 * the {@link CompileService}, store the report, the IR and (when there are no errors) the run
 * plan as content-addressed artifacts, and answer with their keys.
 */
public final class SnapshotCompiler {
  private final CompileService compiler;
  private final Snapshots snapshots;
  private final ArtifactStore artifacts;
  private final Supplier<Map<String, String>> environment;

  /**
   * @param environment what {@code ${VAR}} in the project's TOML reads, asked for at each compile
   */
  public SnapshotCompiler(CompileService compiler, Snapshots snapshots, ArtifactStore artifacts,
      Supplier<Map<String, String>> environment) {
    this.compiler = compiler;
    this.snapshots = snapshots;
    this.artifacts = artifacts;
    this.environment = environment;
  }

  public CompileResponse compile(CompileRequest request) {
    String location = snapshots.location(request.snapshotKey());
    byte[] archive = snapshots.require(request.snapshotKey());
    ArchiveProjectSource source;
    try {
      source = ArchiveProjectSource.of(location, archive);
    } catch (IllegalArgumentException e) {
      throw new RockyException(FunctionErrorCode.SNAPSHOT_UNREADABLE, location + ": " + e.getMessage(), e);
    }
    CompileOptions options = new CompileOptions(request.configFile(), null, null, request.vars(), List.of(), false,
        environment.get(), Runtime.getRuntime().availableProcessors());
    CompileResult result = compiler.compile(source, options);
    CompileReport report = CompileReport.of(result, null);

    String reportKey = artifacts.put(FunctionJson.bytes(envelope(report)));
    String irKey = artifacts.put(FunctionJson.bytes(ProjectIr.of(result, report.modelsDetail())));
    StoredPlan plan = report.hasErrors() ? null : plan(result, request, SnapshotDigest.of(source, request.configFile()));
    String planKey = plan == null ? null : artifacts.put(FunctionJson.bytes(plan));
    List<List<String>> layers = !request.layersWanted() ? null : plan == null ? List.of() : plan.modelLayers();
    return new CompileResponse(report.hasErrors(), report.models(), report.executionLayers(),
        count(report.diagnostics(), Severity.Error), count(report.diagnostics(), Severity.Warning),
        result.dialect().id(), reportKey, irKey, planKey, configHash(source, request.configFile()), layers);
  }

  /**
   * What a run record keeps as {@code config_hash}: the first 16 hex characters of the SHA-256 of
   * rocky.toml, as {@code rocky run} computes it; an unreadable file hashes as empty.
   */
  static String configHash(ArchiveProjectSource source, String configFile) {
    byte[] bytes;
    try {
      bytes = source.read(configFile).getBytes(StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      bytes = new byte[0];
    }
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** Rocky's {@code compile} JSON: the report behind {@code version} and {@code command}. */
  private static ObjectNode envelope(CompileReport report) {
    ObjectNode root = FunctionJson.mapper().createObjectNode();
    root.put("version", RockyVersion.get());
    root.put("command", "compile");
    root.setAll((ObjectNode) FunctionJson.mapper().valueToTree(report));
    return root;
  }

  private static StoredPlan plan(CompileResult result, CompileRequest request, String projectDigest) {
    if (result.project() == null || result.dag() == null) {
      return null;
    }
    SqlDialect dialect = SqlDialect.of(result.dialect());
    TargetResolver targets = TargetResolver.of(dialect);
    if (request.branch() != null) {
      targets = targets.onBranch(request.branch());
    }
    ModelGraph graph = new ModelGraph(result.dag().layers(), result.dag().upstream());
    RunPlan plan = new RunPlanner(dialect, graph, result.project().models(), result.schemas(), targets)
        .plan(Selection.all());
    Map<String, String> sqlFiles = new HashMap<>();
    for (Model m : result.project().models()) {
      sqlFiles.put(m.name(), m.sqlFile());
    }
    return StoredPlan.of(plan, graph, sqlFiles, request.branch(), projectDigest);
  }

  private static int count(List<Diagnostic> diagnostics, Severity severity) {
    return (int) diagnostics.stream().filter(d -> d.severity() == severity).count();
  }
}
