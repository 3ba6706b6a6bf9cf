package dev.rocky.sfn;

import dev.rocky.app.compile.CompileService;
import dev.rocky.app.execute.ExecuteService;
import dev.rocky.app.replay.ProvenanceRecorder;
import dev.rocky.app.replay.Recipes;
import dev.rocky.app.run.RunCoordinator;
import dev.rocky.app.run.RunOptions;
import dev.rocky.app.run.RunOutput;
import dev.rocky.compiler.CompileOptions;
import dev.rocky.compiler.CompileResult;
import dev.rocky.core.port.ArtifactStore;
import dev.rocky.core.port.CacheStore;
import dev.rocky.core.port.StateStore;
import dev.rocky.core.port.WarehouseAdapter;
import dev.rocky.core.project.Model;
import dev.rocky.planner.ModelGraph;
import dev.rocky.planner.RunPlan;
import dev.rocky.planner.RunPlanner;
import dev.rocky.planner.Selection;
import dev.rocky.planner.sql.SqlDialect;
import dev.rocky.planner.target.TargetResolver;
import dev.rocky.store.local.DirectoryProjectSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code rocky run} of a one-pipeline DuckDB project, as {@code dev.rocky.cli.run.LocalRun} wires
 * it, with the warehouse and the state store given (so that a test can inject the same faults as
 * in the state machine run): compile the directory, plan every model with the DAG and the
 * inferred schemas, run the plan with the {@link RunCoordinator}.
 */
final class LocalRocky {
  private LocalRocky() {}

  static RunOutput run(Path root, WarehouseAdapter warehouse, StateStore state, int parallel) {
    return run(root, warehouse, state, null, parallel);
  }

  /**
   * The same run, recording each model's recipe, inputs and output in {@code artifacts} as
   * {@code rocky run} records them (the provenance that replay and the breaking-change gate read).
   */
  static RunOutput recorded(Path root, WarehouseAdapter warehouse, StateStore state, ArtifactStore artifacts) {
    return run(root, warehouse, state, artifacts, 1);
  }

  private static RunOutput run(Path root, WarehouseAdapter warehouse, StateStore state, @Nullable ArtifactStore artifacts,
      int parallel) {
    CompileResult compiled = new CompileService(CacheStore.NONE, null).compile(new DirectoryProjectSource(root),
        new CompileOptions("rocky.toml", null, null, Map.of(), List.of(), false, Map.of(), 2));
    if (compiled.hasErrors() || compiled.project() == null || compiled.dag() == null) {
      throw new IllegalStateException("the project does not compile: " + compiled.diagnostics());
    }
    ModelGraph graph = new ModelGraph(compiled.dag().layers(), compiled.dag().upstream());
    SqlDialect dialect = SqlDialect.DUCKDB;
    RunPlan plan = new RunPlanner(dialect, graph, compiled.project().models(), compiled.schemas(),
        TargetResolver.of(dialect)).plan(Selection.all());
    Map<String, String> files = new HashMap<>();
    Map<String, Model> models = new LinkedHashMap<>();
    for (Model m : compiled.project().models()) {
      files.put(m.name(), m.sqlFile());
      models.put(m.name(), m);
    }
    RunOptions options = RunOptions.builder(configHash(root.resolve("rocky.toml"))).parallel(parallel)
        .modelFiles(files).build();
    Clock clock = Clock.systemUTC();
    ExecuteService execute = new ExecuteService(warehouse, state, clock);
    if (artifacts == null) {
      return new RunCoordinator(execute, state, clock).run(plan, graph, options);
    }
    try (ProvenanceRecorder recorder = new ProvenanceRecorder(warehouse, state, artifacts,
        new Recipes(compiled.analyses(), models, TargetResolver.of(dialect), dialect).of(plan))) {
      return new RunCoordinator(execute, state, clock, recorder).run(plan, graph, options);
    }
  }

  /** As {@code rocky run} fingerprints rocky.toml: the first 16 hex characters of its SHA-256. */
  static String configHash(Path config) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(config));
      return HexFormat.of().formatHex(digest).substring(0, 16);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
