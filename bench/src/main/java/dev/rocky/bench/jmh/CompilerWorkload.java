package dev.rocky.bench.jmh;

import dev.rocky.bench.GeneratedProject;
import dev.rocky.bench.ProjectGenerator;
import dev.rocky.compiler.CompileOptions;
import dev.rocky.compiler.bind.Binder;
import dev.rocky.compiler.bind.ModelAnalysis;
import dev.rocky.compiler.dag.Dag;
import dev.rocky.compiler.dag.DagBuilder;
import dev.rocky.compiler.dag.ModelDependencies;
import dev.rocky.compiler.load.LoadOptions;
import dev.rocky.compiler.load.LoadResult;
import dev.rocky.compiler.load.ProjectLoader;
import dev.rocky.compiler.resolve.ProjectNames;
import dev.rocky.compiler.resolve.ProjectSchemaLookup;
import dev.rocky.compiler.sql.ModelParser;
import dev.rocky.compiler.sql.ParsedModel;
import dev.rocky.core.project.Dialect;
import dev.rocky.core.project.Model;
import dev.rocky.core.project.Project;
import dev.rocky.core.types.ModelSchema;
import dev.rocky.store.local.DirectoryProjectSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A generated project written to a temporary directory, and the result of each compiler phase on
 * it, so that every benchmark measures one phase with the inputs of the phases before it.
 */
@State(Scope.Benchmark)
public class CompilerWorkload {
  /** Models in the generated project ({@code ProjectGenerator}, seed 42). */
  @Param({"1000"})
  public int models;

  Path dir;
  DirectoryProjectSource source;
  Project project;
  Dialect dialect = Dialect.DUCKDB;
  Map<String, ParsedModel> parsed;
  List<ModelDependencies> dependencies;
  Dag dag;
  ProjectNames names;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    GeneratedProject generated = ProjectGenerator.generate(models, 42);
    dir = Files.createTempDirectory("rocky-jmh-");
    ProjectGenerator.write(generated, dir);
    source = new DirectoryProjectSource(dir);
    project = Objects.requireNonNull(load().project(), "the generated project does not load");
    parsed = parse();
    names = new ProjectNames(project.models(), project.sources());
    dependencies = dependencies();
    dag = dag(dependencies).dag();
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  CompileOptions options() {
    return new CompileOptions("rocky.toml", null, null, Map.of(), List.of(), false, Map.of(), 1);
  }

  LoadResult load() {
    return new ProjectLoader(Map.of()).load(source, LoadOptions.defaults());
  }

  Map<String, ParsedModel> parse() {
    ModelParser parser = new ModelParser();
    Map<String, ParsedModel> out = new LinkedHashMap<>();
    for (Model m : project.models()) {
      out.put(m.name(), parser.parse(m.name(), m.sqlFile(), m.sql(), dialect));
    }
    return out;
  }

  List<ModelDependencies> dependencies() {
    List<ModelDependencies> deps = new ArrayList<>();
    for (Model m : project.models()) {
      deps.add(new ModelDependencies(m.name(), m.config().dependsOn(),
          names.referencedModels(parsed.get(m.name()).tableReferences()), null));
    }
    return deps;
  }

  DagBuilder.Result dag(List<ModelDependencies> deps) {
    return DagBuilder.build(deps, name -> name);
  }

  /** Types and column lineage of every model, layer by layer, on one thread. */
  Map<String, ModelAnalysis> bind() {
    Binder binder = new Binder();
    Map<String, ModelSchema> inferred = new HashMap<>();
    ProjectSchemaLookup lookup = new ProjectSchemaLookup(names, inferred);
    Map<String, ModelAnalysis> analyses = new HashMap<>();
    for (List<String> layer : dag.layers()) {
      for (String name : layer) {
        ModelAnalysis a = binder.bind(parsed.get(name), lookup);
        analyses.put(name, a);
        inferred.put(name, a.schema());
      }
    }
    return analyses;
  }
}
