package dev.rocky.app.govern;

import dev.rocky.compiler.CompileOptions;
import dev.rocky.compiler.CompileResult;
import dev.rocky.compiler.Compiler;
import dev.rocky.compiler.govern.ClassificationResolver;
import dev.rocky.compiler.govern.ProjectClassifications;
import dev.rocky.core.port.CacheStore;
import dev.rocky.core.project.Project;
import dev.rocky.planner.ModelGraph;
import dev.rocky.planner.RunPlan;
import dev.rocky.planner.RunPlanner;
import dev.rocky.planner.Selection;
import dev.rocky.planner.sql.SqlDialect;
import dev.rocky.planner.target.TargetResolver;
import dev.rocky.testkit.InMemoryProjectSource;
import dev.rocky.testkit.TestProjects;
import java.util.List;
import java.util.Map;

/** TEST-ONLY: the {@code governed} fixture (or a variant of it) compiled and planned for DuckDB. */
record GovernedProject(CompileResult compiled, ProjectClassifications classified) {

  static GovernedProject open() {
    return of(TestProjects.open(TestProjects.GOVERNED));
  }

  static GovernedProject of(InMemoryProjectSource source) {
    CompileOptions options = new CompileOptions("rocky.toml", null, null, Map.of(), List.of(), false, Map.of(), 1);
    CompileResult r = new Compiler(CacheStore.NONE, null).compile(source, options);
    if (r.project() == null || r.hasErrors()) {
      throw new AssertionError("the fixture does not compile: " + r.diagnostics());
    }
    return new GovernedProject(r, ClassificationResolver.resolve(r.project(), r.lineage()));
  }

  Project project() {
    return compiled.project();
  }

  ModelGraph graph() {
    return new ModelGraph(compiled.dag().layers(), compiled.dag().upstream());
  }

  RunPlan plan() {
    return new RunPlanner(SqlDialect.DUCKDB, graph(), project().models(), compiled.schemas(),
        TargetResolver.of(SqlDialect.DUCKDB)).plan(Selection.all());
  }

  /** The fixture's data/seed.sql, statement by statement. */
  List<String> seedStatements() {
    return java.util.Arrays.stream(project().seedSql().split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
