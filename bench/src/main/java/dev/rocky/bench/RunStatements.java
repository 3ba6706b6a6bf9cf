package dev.rocky.bench;

import dev.rocky.app.compile.CompileService;
import dev.rocky.compiler.CompileOptions;
import dev.rocky.compiler.CompileResult;
import dev.rocky.core.port.CacheStore;
import dev.rocky.core.project.Project;
import dev.rocky.planner.MaterializationRenderer;
import dev.rocky.planner.ModelGraph;
import dev.rocky.planner.ModelStep;
import dev.rocky.planner.RunPlan;
import dev.rocky.planner.RunPlanner;
import dev.rocky.planner.Selection;
import dev.rocky.planner.TargetState;
import dev.rocky.planner.sql.SqlDialect;
import dev.rocky.planner.sql.Statement;
import dev.rocky.planner.target.TargetResolver;
import dev.rocky.store.local.DirectoryProjectSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes the statements that {@code rocky run} executes on a warehouse where no model's table
 * exists yet, in the order it executes them: per model of each layer, its target schema and its
 * materialization, as Rocky's planner renders them. {@link JdbcRun} executes the file straight
 * through JDBC, the baseline of {@code rocky run}'s overhead.
 *
 * <pre>java -cp ... dev.rocky.bench.RunStatements PROJECT OUT_FILE</pre>
 */
public final class RunStatements {
  /** The line that ends each statement in the file. */
  public static final String END = "-- end of statement";

  private RunStatements() {}

  /** The statements of a first run of the project at {@code project}, on DuckDB. */
  public static List<String> of(Path project) {
    CompileResult compiled = new CompileService(CacheStore.NONE, null)
        .compile(new DirectoryProjectSource(project), CompileOptions.defaults());
    Project p = compiled.project();
    if (p == null || compiled.dag() == null || compiled.hasErrors()) {
      throw new IllegalStateException("the project at " + project + " does not compile; run rocky compile there");
    }
    SqlDialect dialect = SqlDialect.DUCKDB;
    ModelGraph graph = new ModelGraph(Objects.requireNonNull(compiled.dag()).layers(), compiled.dag().upstream());
    RunPlan plan = new RunPlanner(dialect, graph, p.models(), compiled.schemas(), TargetResolver.of(dialect))
        .plan(Selection.all());
    MaterializationRenderer renderer = new MaterializationRenderer(dialect);
    List<String> out = new ArrayList<>();
    for (List<ModelStep> layer : plan.layers()) {
      for (ModelStep step : layer) {
        out.add(renderer.createSchema(step.target()).sql());
        for (Statement s : renderer.render(step, TargetState.absent())) {
          out.add(s.sql());
        }
      }
    }
    return out;
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: RunStatements PROJECT OUT_FILE");
      System.exit(2);
    }
    List<String> statements = of(Path.of(args[0]));
    StringBuilder text = new StringBuilder();
    for (String s : statements) {
      text.append(s).append('\n').append(END).append('\n');
    }
    Files.writeString(Path.of(args[1]), text, StandardCharsets.UTF_8);
    System.out.println("wrote " + statements.size() + " statements to " + args[1]);
  }
}
