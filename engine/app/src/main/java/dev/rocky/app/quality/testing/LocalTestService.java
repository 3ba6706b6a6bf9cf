package dev.rocky.app.quality.testing;

import dev.rocky.compiler.CompileResult;
import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.port.WarehouseAdapter;
import dev.rocky.core.project.Model;
import dev.rocky.core.project.Project;
import dev.rocky.core.project.SourceTable;
import dev.rocky.core.types.ModelSchema;
import dev.rocky.core.types.TypedColumn;
import dev.rocky.planner.ModelGraph;
import dev.rocky.planner.RunPlan;
import dev.rocky.planner.RunPlanner;
import dev.rocky.planner.Selection;
import dev.rocky.planner.sql.SqlDialect;
import dev.rocky.planner.target.TargetResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * {@code rocky test} without credentials: every model executed on an in-memory DuckDB holding
 * {@code data/seed.sql}, then every {@code [[test]]} unit test on its own fresh DuckDB.
 */
public final class LocalTestService {
  private final Supplier<WarehouseAdapter> databases;

  /** @param databases opens a new, empty in-memory DuckDB */
  public LocalTestService(Supplier<WarehouseAdapter> databases) {
    this.databases = databases;
  }

  /**
   * @param compiled a compile without errors
   * @param models the models as they run ({@code @var} substituted)
   * @param only {@code --model}: report only this model's results and unit tests, or null
   */
  public TestOutput run(CompileResult compiled, List<Model> models, @Nullable String only) {
    Project project = Objects.requireNonNull(compiled.project(), "project");
    ModelGraph graph = new ModelGraph(Objects.requireNonNull(compiled.dag(), "dag").layers(), compiled.dag().upstream());
    List<ModelTestResult> executed;
    try (WarehouseAdapter db = databases.get()) {
      SqlDialect dialect = SqlDialect.of(db.dialect());
      RunPlan plan = new RunPlanner(dialect, graph, models, compiled.schemas(), TargetResolver.of(dialect))
          .plan(Selection.all());
      executed = new LocalModelRunner(db).run(project.seedSql(), plan, graph);
    }
    UnitTestRunner units = new UnitTestRunner(databases, ref -> columns(ref, compiled, project));
    List<UnitTestResult> unitResults = new ArrayList<>();
    for (Model m : models) {
      if (only != null && !m.name().equals(only)) {
        continue;
      }
      List<UnitTest> tests;
      try {
        tests = UnitTest.of(m);
      } catch (RuntimeException e) {
        unitResults.add(new UnitTestResult(m.name(), "[[test]]", false, UnitTestRunner.oneLine(e), List.of()));
        continue;
      }
      tests.forEach(t -> unitResults.add(units.run(m, t)));
    }
    List<ModelTestResult> reported = executed.stream().filter(r -> only == null || r.model().equals(only)).toList();
    List<Diagnostic> notes = compiled.diagnostics().stream()
        .filter(d -> !d.isError() && (only == null || only.equals(d.model()))).toList();
    return TestOutput.local(reported, unitResults, notes);
  }

  /** The known columns of a fixture's ref: a model's inferred schema, or a declared source's columns. */
  public static List<TypedColumn> columns(String ref, CompileResult compiled, Project project) {
    ModelSchema schema = compiled.schemas().get(ref);
    if (schema != null) {
      return schema.columns();
    }
    String wanted = ref.toLowerCase(Locale.ROOT);
    for (SourceTable s : project.sources()) {
      String key = s.key();
      if (key.equals(wanted) || key.endsWith("." + wanted)) {
        return s.columns();
      }
    }
    return List.of();
  }
}
