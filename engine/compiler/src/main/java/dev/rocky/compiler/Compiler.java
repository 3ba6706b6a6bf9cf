package dev.rocky.compiler;

import dev.rocky.compiler.bind.Binder;
import dev.rocky.compiler.bind.ModelAnalysis;
import dev.rocky.compiler.bind.Resolution;
import dev.rocky.compiler.cache.CacheEntry;
import dev.rocky.compiler.cache.CompileCache;
import dev.rocky.compiler.cache.Digest;
import dev.rocky.compiler.cache.SourceTexts;
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
import java.util.HashMap;
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

  public CompileResult compile(ProjectSource projectSource, CompileOptions options) {
    long start = System.nanoTime();
    SourceTexts texts = SourceTexts.read(cache);
    ProjectSource source = texts.over(projectSource);
    PreviousAnalyses previousAnalyses = new PreviousAnalyses(cache); // decoded while the project loads
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
    CompileCache.Snapshot snapshot = previousAnalyses.get();
    Map<String, CacheEntry> previous = snapshot.entries();
    VarSubstitution vars = new VarSubstitution(options.vars());
    Digest varsKey = varsKey(options.vars());

    try (Workers workers = new Workers(options.threads())) {
      // Parse (or reuse the cached references of) every model.
      Map<String, Prepared> prepared = new ConcurrentHashMap<>();
      workers.forEach(project.models(), m -> prepared.put(m.name(),
          prepare(m, vars, dialect, inputKey(dialect, m, source.version(m.sqlFile()), varsKey), previous.get(m.name()))));
      ProjectNames declared = new ProjectNames(project.models(), sources);
      List<SourceTable> found = undeclared(project, declared, prepared);
      sources.addAll(found);
      ProjectNames names = found.isEmpty() ? declared : new ProjectNames(project.models(), sources);
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
      SchemaDigests digests = new SchemaDigests();
      Map<String, Model> byName = project.modelsByName();
      java.util.Set<String> placed = new java.util.HashSet<>(dag.topologicalOrder());
      List<List<String>> order = new ArrayList<>(dag.layers());
      order.add(byName.keySet().stream().filter(n -> !placed.contains(n)).toList());
      for (List<String> layer : order) {
        Map<String, ModelAnalysis> done = new ConcurrentHashMap<>();
        workers.forEach(layer, name -> {
          Prepared p = prepared.get(name);
          ModelAnalysis a = bind(byName.get(name), p, lookup, next, previous.get(name), digests);
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
      List<Diagnostic> freshness = CachedLints.freshness(project, ordered, next, workers);
      // The caches are written while the project-wide checks run; both are done before returning.
      boolean writeAnalyses = cache != CacheStore.NONE && !sameEntries(previous, next);
      boolean writeTexts = cache != CacheStore.NONE && texts.changed();
      Thread writer = new Thread(() -> {
        if (writeAnalyses) {
          CompileCache.write(cache, orderedEntries(project, next), snapshot);
        }
        if (writeTexts) {
          texts.write(cache);
        }
      }, "rocky-cache-write");
      writer.start();
      diagnostics.addAll(new ProjectChecks(source, project, options.targetDialect(), dialect).run(ordered, freshness));
      diagnostics.addAll(new BudgetCeilingCheck(source).check(project, costs));
      long checkedAt = System.nanoTime();
      join(writer);
      return new CompileResult(project, dag, dialect, ordered, DslSpans.remap(source, diagnostics),
          new CompileTimings(ms(start, loadedAt), ms(loadedAt, graphAt), ms(graphAt, boundAt), 0,
              ms(boundAt, checkedAt), ms(start, System.nanoTime())),
          analysed);
    }
  }

  private static void join(Thread thread) {
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while writing the compile cache", e);
    }
  }

  /** Whether every model kept the very entry read: then the cache on disk is already what this compile would write. */
  private static boolean sameEntries(Map<String, CacheEntry> previous, Map<String, CacheEntry> next) {
    if (previous.size() != next.size()) {
      return false;
    }
    for (Map.Entry<String, CacheEntry> e : next.entrySet()) {
      if (previous.get(e.getKey()) != e.getValue()) {
        return false;
      }
    }
    return true;
  }

  /** The entries in the project's model order, so that the blob's bytes do not depend on thread timing. */
  private static Map<String, CacheEntry> orderedEntries(Project project, Map<String, CacheEntry> next) {
    Map<String, CacheEntry> out = new LinkedHashMap<>(next.size() * 2);
    for (Model m : project.models()) {
      CacheEntry e = next.get(m.name());
      if (e != null) {
        out.putIfAbsent(m.name(), e);
      }
    }
    return out;
  }

  /** The @var bindings of a compile, as a part of every model's input key. */
  private static Digest varsKey(Map<String, String> vars) {
    Hashing.Hasher h = Hashing.hasher().putInt(vars.size());
    new java.util.TreeMap<>(vars).forEach((k, v) -> h.putString(k).putString(v));
    return h.digest();
  }

  /**
   * What a model's SQL after substitution is made of, short of its text: while the file's version
   * (size, modification time) is the same, so is the text, as {@link SourceTexts} trusts too.
   */
  private static Digest inputKey(Dialect dialect, Model m, @Nullable String version, Digest varsKey) {
    if (version == null) {
      return CacheEntry.NO_INPUT_KEY;
    }
    return Hashing.hasher().putString(dialect.id()).putString(m.name()).putString(m.sqlFile()).putString(version)
        .putDigest(varsKey).digest();
  }

  /** The previous compile's analyses, decoded on a thread of their own while the project loads. */
  private static final class PreviousAnalyses {
    private final Thread reader;
    private volatile CompileCache.Snapshot entries = CompileCache.read(CacheStore.NONE);

    PreviousAnalyses(CacheStore cache) {
      reader = new Thread(() -> entries = CompileCache.read(cache), "rocky-cache-read");
      reader.setDaemon(true);
      reader.start();
    }

    CompileCache.Snapshot get() {
      try {
        reader.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return CompileCache.read(CacheStore.NONE);
      }
      return entries;
    }
  }

  /** A model after @var substitution, with its references, parsed only when needed. */
  private final class Prepared {
    final Model model;
    final String sql;
    final Digest inputKey;
    final Digest parseKey;
    final List<Diagnostic> varDiagnostics;
    final Dialect dialect;
    @Nullable ParsedModel parsed;
    List<TableReference> references;
    boolean bound;

    Prepared(Model model, String sql, List<Diagnostic> varDiagnostics, Dialect dialect, Digest inputKey,
        @Nullable CacheEntry cached) {
      this.model = model;
      this.sql = sql;
      this.varDiagnostics = varDiagnostics;
      this.dialect = dialect;
      this.inputKey = inputKey;
      this.parseKey = cached != null && !inputKey.equals(CacheEntry.NO_INPUT_KEY) && cached.inputKey().equals(inputKey)
          ? cached.parseKey()
          : Hashing.hasher().putString(dialect.id()).putString(model.name()).putString(model.sqlFile())
              .putString(sql).digest();
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

  private Prepared prepare(Model m, VarSubstitution vars, Dialect dialect, Digest inputKey, @Nullable CacheEntry cached) {
    VarSubstitution.Result substituted = vars.apply(m);
    return new Prepared(m, substituted.sql(), substituted.diagnostics(), dialect, inputKey, cached);
  }

  private ModelAnalysis bind(Model model, Prepared p, ProjectSchemaLookup lookup, Map<String, CacheEntry> next,
      @Nullable CacheEntry cached, SchemaDigests digests) {
    Hashing.Hasher key = Hashing.hasher().putDigest(p.parseKey);
    for (TableReference r : p.references()) {
      fingerprint(key, lookup.resolve(r.nameParts()), digests);
    }
    Digest bindKey = key.digest();
    if (cached != null && cached.bindKey().equals(bindKey) && !mentionsMissingTable(cached.analysis())) {
      // The same SQL, references and upstream schemas: the entry read is kept as it is (the cache
      // then copies its bytes), or with the new input key when only the file's version changed.
      p.parsed = null; // the tree is large and no longer needed: keep the heap (and young collections) small
      digests.know(cached.analysis().schema(), cached.schemaDigest());
      CacheEntry kept = cached.inputKey().equals(p.inputKey) ? cached
          : new CacheEntry(p.inputKey, cached.parseKey(), cached.references(), bindKey, cached.schemaDigest(),
              cached.analysis());
      next.put(model.name(), kept);
      return cached.analysis();
    }
    ModelAnalysis analysis = binder.bind(p.parsed(), lookup);
    p.bound = true;
    p.parsed = null;
    next.put(model.name(), new CacheEntry(p.inputKey, p.parseKey, p.references(), bindKey,
        digests.of(analysis.schema()), analysis));
    return analysis;
  }

  /** E002 suggestions depend on every name in the project, so such an analysis is always redone. */
  private static boolean mentionsMissingTable(ModelAnalysis a) {
    for (Diagnostic d : a.diagnostics()) {
      if (d.code() == DiagnosticCode.E002) {
        return true;
      }
    }
    return false;
  }

  /** What a reference resolved to, as far as binding depends on it: kind, name and schema. */
  private static void fingerprint(Hashing.Hasher h, Resolution r, SchemaDigests digests) {
    switch (r) {
      case Resolution.Model m -> h.putString("M").putString(m.name()).putDigest(digests.of(m.schema()));
      case Resolution.Source s -> h.putString("S").putString(s.qualifiedName())
          .putDigest(digests.ofSource(s.qualifiedName(), s.schema()));
      case Resolution.Unknown u -> h.putString("U").putBoolean(u.namespaceKnown());
    }
  }

  /** Digests of output schemas, each computed once per compile (a schema is read by many models). */
  private static final class SchemaDigests {
    private final Map<ModelSchema, Digest> models = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());
    private final Map<String, Digest> sources = new ConcurrentHashMap<>();

    /** Records the digest kept with a reused analysis, so that it is not computed again. */
    void know(ModelSchema s, Digest d) {
      models.put(s, d);
    }

    Digest of(ModelSchema s) {
      Digest d = models.get(s);
      if (d == null) {
        d = digest(s);
        models.put(s, d);
      }
      return d;
    }

    /** Source schemas are rebuilt on every lookup, so they are remembered by name (fixed for a compile). */
    Digest ofSource(String name, ModelSchema s) {
      return sources.computeIfAbsent(name, n -> digest(s));
    }

    private static Digest digest(ModelSchema s) {
      Hashing.Hasher h = Hashing.hasher().putBoolean(s.complete()).putInt(s.columns().size());
      for (TypedColumn c : s.columns()) {
        h.putString(c.name()).putString(c.type().typeName()).putBoolean(c.nullable());
      }
      return h.digest();
    }
  }

  /** What the warehouse catalog knows of the tables models read that nothing declares. */
  private List<SourceTable> undeclared(Project project, ProjectNames known, Map<String, Prepared> prepared) {
    if (warehouse.knowsNothing()) {
      return List.of();
    }
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
