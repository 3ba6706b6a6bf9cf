package dev.rocky.compiler;

import dev.rocky.compiler.bind.Binder;
import dev.rocky.compiler.bind.ModelAnalysis;
import dev.rocky.compiler.bind.Resolution;
import dev.rocky.compiler.cache.CacheEntry;
import dev.rocky.compiler.cache.CompileCache;
import dev.rocky.compiler.check.VarSubstitution;
import dev.rocky.compiler.cost.BudgetCeilingCheck;
import dev.rocky.compiler.cost.CostProjections;
import dev.rocky.compiler.dag.Dag;
import dev.rocky.compiler.dag.DagBuilder;
import dev.rocky.compiler.dag.ModelDependencies;
import dev.rocky.compiler.dsl.DslSpans;
import dev.rocky.compiler.load.LoadOptions;
import dev.rocky.compiler.load.LoadResult;
import dev.rocky.compiler.load.ProjectLoader;
import dev.rocky.compiler.resolve.ProjectNames;
import dev.rocky.compiler.resolve.ProjectSchemaLookup;
import dev.rocky.compiler.sql.ModelParser;
import dev.rocky.compiler.sql.ParsedModel;
import dev.rocky.compiler.sql.TableReference;
import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.diagnostic.DiagnosticCode;
import dev.rocky.core.diagnostic.SourceSpan;
import dev.rocky.core.error.RockyException;
import dev.rocky.core.port.CacheStore;
import dev.rocky.core.port.SeedCatalog;
import dev.rocky.core.port.SourceCatalog;
import dev.rocky.core.port.ProjectSource;
import dev.rocky.core.project.Dialect;
import dev.rocky.core.project.Model;
import dev.rocky.core.project.Project;
import dev.rocky.core.project.SourceTable;
import dev.rocky.core.types.ModelSchema;
import dev.rocky.core.types.TypedColumn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The compiler's facade: load, parse (in parallel), build the DAG, bind layer by layer (models of
 * a layer in parallel), then the project-wide checks. Returns diagnostics and keeps going; throws
 * only for internal faults. With a {@link CacheStore}, models whose SQL and upstream schemas are
 * unchanged since the last compile are neither parsed nor bound again.
 */
public final class Compiler {
  private final ModelParser parser = new ModelParser();
  private final Binder binder = new Binder();
  private final CacheStore cache;
  private final @Nullable SeedCatalog seeds;
  private final SourceCatalog warehouse;
  private final CostProjections costs;

  /**
   * @param cache where analyses are kept between compiles ({@link CacheStore#NONE} for none)
   * @param seeds reads source schemas from {@code data/seed.sql} when a compile asks for it
   */
  public Compiler(CacheStore cache, @Nullable SeedCatalog seeds) {
    this(cache, seeds, SourceCatalog.NONE);
  }

  /**
   * @param warehouse describes tables the models read that are neither models nor declared sources
   */
  public Compiler(CacheStore cache, @Nullable SeedCatalog seeds, SourceCatalog warehouse) {
    this(cache, seeds, warehouse, CostProjections.NONE);
  }

  /** @param costs what models are expected to cost, for E027 (models over their [budget] ceilings) */
  public Compiler(CacheStore cache, @Nullable SeedCatalog seeds, SourceCatalog warehouse, CostProjections costs) {
    this.cache = cache;
    this.seeds = seeds;
    this.warehouse = warehouse;
    this.costs = costs;
  }

  public CompileResult compile(ProjectSource source, CompileOptions options) {
    long start = System.nanoTime();
    LoadResult loaded = new ProjectLoader(options.env())
        .load(source, new LoadOptions(options.configFile(), options.modelsDir(), options.contractsDir()));
    List<Diagnostic> diagnostics = new ArrayList<>(loaded.diagnostics());
    long loadedAt = System.nanoTime();
    Project project = loaded.project();
    if (project == null) {
      return new CompileResult(null, null, Dialect.DUCKDB, Map.of(), diagnostics,
          new CompileTimings(ms(start, loadedAt), 0, 0, 0, 0, ms(start, loadedAt)), 0);
    }
    Dialect dialect = ProjectDialect.of(project.config());
    List<SourceTable> sources = new ArrayList<>(project.sources());
    sources.addAll(options.extraSources());
    if (options.withSeed()) {
      sources.addAll(seedSources(project, diagnostics));
    }
    Map<String, CacheEntry> previous = CompileCache.read(cache);
    VarSubstitution vars = new VarSubstitution(options.vars());

    try (Workers workers = new Workers(options.threads())) {
      // Parse (or reuse the cached references of) every model.
      Map<String, Prepared> prepared = new ConcurrentHashMap<>();
      workers.forEach(project.models(), m -> prepared.put(m.name(), prepare(m, vars, dialect, previous.get(m.name()))));
      sources.addAll(undeclared(project, sources, prepared));
      ProjectNames names = new ProjectNames(project.models(), sources);
      List<ModelDependencies> deps = new ArrayList<>();
      for (Model m : project.models()) {
        deps.add(new ModelDependencies(m.name(), m.config().dependsOn(), names.referencedModels(prepared.get(m.name()).references()), null));
      }
      DagBuilder.Result graph = DagBuilder.build(deps, name -> project.model(name).map(Model::sqlFile).orElse(name));
      Dag dag = graph.dag();
      long graphAt = System.nanoTime();

      // Bind in topological order; models in or after a cycle last, with what is known by then.
      Map<String, ModelSchema> inferred = new ConcurrentHashMap<>();
      Map<String, ModelAnalysis> analyses = new ConcurrentHashMap<>();
      Map<String, CacheEntry> next = new ConcurrentHashMap<>();
      ProjectSchemaLookup lookup = new ProjectSchemaLookup(names, inferred);
      Map<String, Model> byName = project.modelsByName();
      java.util.Set<String> placed = new java.util.HashSet<>(dag.topologicalOrder());
      List<List<String>> order = new ArrayList<>(dag.layers());
      order.add(byName.keySet().stream().filter(n -> !placed.contains(n)).toList());
      for (List<String> layer : order) {
        Map<String, ModelAnalysis> done = new ConcurrentHashMap<>();
        workers.forEach(layer, name -> {
          Prepared p = prepared.get(name);
          ModelAnalysis a = bind(byName.get(name), p, lookup, next, previous.get(name), dialect);
          done.put(name, a);
        });
        for (String name : layer) {
          ModelAnalysis a = done.get(name);
          analyses.put(name, a);
          inferred.put(name, a.schema());
        }
      }
      int analysed = (int) prepared.values().stream().filter(p -> p.bound).count();
      long boundAt = System.nanoTime();

      Map<String, ModelAnalysis> ordered = new LinkedHashMap<>();
      for (Model m : project.models()) {
        ModelAnalysis a = analyses.get(m.name());
        if (a != null) {
          ordered.putIfAbsent(m.name(), a);
        }
      }
      for (Model m : project.models()) {
        diagnostics.addAll(prepared.get(m.name()).varDiagnostics());
        ModelAnalysis a = ordered.get(m.name());
        if (a != null) {
          diagnostics.addAll(a.diagnostics());
        }
      }
      diagnostics.addAll(graph.diagnostics());
      diagnostics.addAll(new ProjectChecks(source, project, options.targetDialect(), dialect).run(ordered));
      diagnostics.addAll(new BudgetCeilingCheck(source).check(project, costs));
      long checkedAt = System.nanoTime();

      CompileCache.write(cache, next);
      return new CompileResult(project, dag, dialect, ordered, DslSpans.remap(source, diagnostics),
          new CompileTimings(ms(start, loadedAt), ms(loadedAt, graphAt), ms(graphAt, boundAt), 0,
              ms(boundAt, checkedAt), ms(start, System.nanoTime())),
          analysed);
    }
  }

  /** A model after @var substitution, with its references, parsed only when needed. */
  private final class Prepared {
    final Model model;
    final String sql;
    final String parseKey;
    final List<Diagnostic> varDiagnostics;
    final Dialect dialect;
    @Nullable ParsedModel parsed;
    List<TableReference> references;
    boolean bound;

    Prepared(Model model, String sql, List<Diagnostic> varDiagnostics, Dialect dialect, @Nullable CacheEntry cached) {
      this.model = model;
      this.sql = sql;
      this.varDiagnostics = varDiagnostics;
      this.dialect = dialect;
      this.parseKey = Hashing.sha256(dialect.id() + '\0' + model.name() + '\0' + model.sqlFile() + '\0' + sql);
      if (cached != null && cached.parseKey().equals(parseKey)) {
        this.references = cached.references();
      } else {
        this.parsed = parser.parse(model.name(), model.sqlFile(), sql, dialect);
        this.references = parsed.tableReferences();
      }
    }

    List<TableReference> references() {
      return references;
    }

    List<Diagnostic> varDiagnostics() {
      return varDiagnostics;
    }

    ParsedModel parsed() {
      if (parsed == null) {
        parsed = parser.parse(model.name(), model.sqlFile(), sql, dialect);
      }
      return parsed;
    }
  }

  private Prepared prepare(Model m, VarSubstitution vars, Dialect dialect, @Nullable CacheEntry cached) {
    VarSubstitution.Result substituted = vars.apply(m);
    return new Prepared(m, substituted.sql(), substituted.diagnostics(), dialect, cached);
  }

  private ModelAnalysis bind(Model model, Prepared p, ProjectSchemaLookup lookup, Map<String, CacheEntry> next,
      @Nullable CacheEntry cached, Dialect dialect) {
    StringBuilder key = new StringBuilder(p.parseKey);
    for (TableReference r : p.references()) {
      key.append('\n').append(fingerprint(lookup.resolve(r.nameParts())));
    }
    String bindKey = Hashing.sha256(key);
    ModelAnalysis analysis;
    if (cached != null && cached.bindKey().equals(bindKey) && !mentionsMissingTable(cached.analysis())) {
      analysis = cached.analysis();
    } else {
      analysis = binder.bind(p.parsed(), lookup);
      p.bound = true;
    }
    next.put(model.name(), new CacheEntry(p.parseKey, p.references(), bindKey, analysis));
    return analysis;
  }

  /** E002 suggestions depend on every name in the project, so such an analysis is always redone. */
  private static boolean mentionsMissingTable(ModelAnalysis a) {
    return a.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.E002);
  }

  private static String fingerprint(Resolution r) {
    return switch (r) {
      case Resolution.Model m -> "M " + m.name() + schema(m.schema());
      case Resolution.Source s -> "S " + s.qualifiedName() + schema(s.schema());
      case Resolution.Unknown u -> "U " + u.namespaceKnown();
    };
  }

  private static String schema(ModelSchema s) {
    StringBuilder b = new StringBuilder(s.complete() ? " complete" : " partial");
    for (TypedColumn c : s.columns()) {
      b.append(' ').append(c.name()).append(':').append(c.type().typeName()).append(c.nullable() ? "?" : "!");
    }
    return b.toString();
  }

  /** What the warehouse catalog knows of the tables models read that nothing declares. */
  private List<SourceTable> undeclared(Project project, List<SourceTable> declared, Map<String, Prepared> prepared) {
    if (warehouse == SourceCatalog.NONE) {
      return List.of();
    }
    ProjectNames known = new ProjectNames(project.models(), declared);
    java.util.Set<String> asked = new java.util.HashSet<>();
    List<SourceTable> found = new ArrayList<>();
    for (Model m : project.models()) {
      for (TableReference r : prepared.get(m.name()).references()) {
        if (known.model(r.nameParts()) == null && known.source(r.nameParts()) == null && asked.add(r.key())) {
          warehouse.describe(r.nameParts()).ifPresent(found::add);
        }
      }
    }
    warehouse.flush();
    return found;
  }

  private List<SourceTable> seedSources(Project project, List<Diagnostic> diagnostics) {
    String file = "data/seed.sql";
    if (project.seedSql() == null) {
      diagnostics.add(Diagnostic.of(DiagnosticCode.V030, "--with-seed was given but the project has no " + file)
          .withSpan(SourceSpan.file(file))
          .withSuggestion("create " + file + " with the CREATE TABLE statements of your sources, or drop --with-seed"));
      return List.of();
    }
    if (seeds == null) {
      throw new IllegalStateException("--with-seed needs a SeedCatalog; the wiring gave none");
    }
    try {
      return seeds.describe(project.seedSql(), file);
    } catch (RockyException e) {
      diagnostics.add(Diagnostic.of(DiagnosticCode.V030, e.getMessage())
          .withSpan(SourceSpan.file(file))
          .withSuggestion("fix the script so that it runs in DuckDB, or drop --with-seed"));
      return List.of();
    }
  }

  private static long ms(long from, long to) {
    return (to - from) / 1_000_000;
  }
}
