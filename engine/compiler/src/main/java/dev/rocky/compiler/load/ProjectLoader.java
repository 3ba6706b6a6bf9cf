package dev.rocky.compiler.load;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.rocky.core.config.PipelineConfig;
import dev.rocky.core.config.RockyConfig;
import dev.rocky.core.config.TransformationPipeline;
import dev.rocky.core.diagnostic.DiagnosticCode;
import dev.rocky.core.diagnostic.SourceSpan;
import dev.rocky.core.port.ProjectSource;
import dev.rocky.core.project.Contract;
import dev.rocky.core.project.Project;
import dev.rocky.core.project.SourceTable;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Loads a project through a {@link ProjectSource}: {@code rocky.toml}, the models with their
 * sidecars and directory defaults, contracts, committed source schemas, seeds and
 * {@code data/seed.sql}. Every problem is a diagnostic in the result; loading goes on after a bad
 * file, and nothing is thrown for bad input. {@code ${VAR}} placeholders are resolved from the
 * environment given here (never from {@code System.getenv} directly), so tests and Lambda
 * handlers control it.
 */
public final class ProjectLoader {
  static final String SEED_SQL = "data/seed.sql";
  static final ObjectMapper MAPPER = mapper();

  private final Map<String, String> env;

  public ProjectLoader(Map<String, String> env) {
    this.env = Map.copyOf(env);
  }

  /**
   * Only {@code rocky.toml}, bound as {@link #load} binds it, without models, sources or seeds: for
   * commands that need the pipelines and adapters alone. Empty when the file is missing or has an error.
   */
  public Optional<RockyConfig> loadConfig(ProjectSource source, String configFile) {
    Findings findings = new Findings();
    if (!source.isFile(configFile)) {
      return Optional.empty();
    }
    Optional<TomlDocument> doc = new TomlFiles(source, env, MAPPER, findings).read(configFile, DiagnosticCode.V001);
    if (doc.isEmpty()) {
      return Optional.empty();
    }
    RockyConfig config = new ConfigBinder(new Binder(MAPPER, findings), findings).bind(doc.get());
    return findings.all().stream().anyMatch(dev.rocky.core.diagnostic.Diagnostic::isError) ? Optional.empty()
        : Optional.of(config);
  }

  public LoadResult load(ProjectSource source, LoadOptions options) {
    Findings findings = new Findings();
    TomlFiles toml = new TomlFiles(source, env, MAPPER, findings);
    Binder binder = new Binder(MAPPER, findings);

    if (!source.isFile(options.configFile())) {
      findings.report(DiagnosticCode.V001, SourceSpan.file(options.configFile()),
          LoadMessages.configNotFound(source.root(), options.configFile()), LoadMessages.ROCKY_INIT);
      return new LoadResult(null, findings.all());
    }
    Optional<TomlDocument> configDoc = toml.read(options.configFile(), DiagnosticCode.V001);
    if (configDoc.isEmpty()) {
      return new LoadResult(null, findings.all());
    }
    // Source schemas do not depend on rocky.toml: they load on a thread of their own meanwhile.
    Findings sourceFindings = new Findings();
    OnItsOwnThread<List<SourceTable>> sources = new OnItsOwnThread<>(() ->
        new SourcesLoader(source, toml.reporting(sourceFindings), binder.reporting(sourceFindings), sourceFindings).load());
    RockyConfig config = new ConfigBinder(binder, findings).bind(configDoc.get());

    String modelsDir = options.modelsDir() != null ? options.modelsDir() : modelsDirOf(config);
    ModelsLoader.Result models = new ModelsLoader.Result(List.of(), List.of());
    if (source.isDirectory(modelsDir)) {
      models = new ModelsLoader(source, toml, binder, findings).load(modelsDir);
    } else if (expectsModels(config)) {
      findings.report(DiagnosticCode.V025, SourceSpan.file(modelsDir.isEmpty() ? "." : modelsDir),
          LoadMessages.modelsDirMissing(modelsDir), LoadMessages.createModelsDir(modelsDir));
    }
    ProjectChecks.check(models.models(), findings);

    Map<String, String> modelBySqlStem = new LinkedHashMap<>();
    models.models().forEach(m -> modelBySqlStem.put(ModelsLoader.withoutExtension(m.model().sqlFile()), m.model().name()));
    List<Contract> contracts = new ContractsLoader(source, toml, binder, findings)
        .load(models.contractFiles(), modelBySqlStem, options.contractsDir());

    List<SourceTable> sourceTables = sources.get();
    findings.addAll(sourceFindings);
    Project project = new Project(
        source.root(),
        options.configFile(),
        config,
        models.models().stream().map(ModelsLoader.LoadedModel::model).toList(),
        sourceTables,
        contracts,
        new SeedsLoader(source, toml, binder, findings).load(),
        seedSql(source, findings));
    return new LoadResult(project, findings.all());
  }

  /**
   * The directory holding every transformation pipeline's {@code models} glob (their longest common
   * directory, e.g. {@code models} for {@code models/staging/**} and {@code models/marts/**}), else
   * {@code models}. When the globs share no directory, the first pipeline's.
   */
  private static String modelsDirOf(RockyConfig config) {
    List<String> dirs = config.pipelines().values().stream()
        .filter(p -> p instanceof TransformationPipeline)
        .map(p -> ((TransformationPipeline) p).modelsDir())
        .toList();
    if (dirs.isEmpty()) {
      return "models";
    }
    List<String> common = List.of(dirs.getFirst().split("/"));
    for (String dir : dirs) {
      List<String> parts = List.of(dir.split("/"));
      int same = 0;
      while (same < common.size() && same < parts.size() && common.get(same).equals(parts.get(same))) {
        same++;
      }
      common = common.subList(0, same);
    }
    String joined = String.join("/", common);
    return joined.isEmpty() ? dirs.getFirst() : joined;
  }

  /** A project expects models unless it declares pipelines and none of them is a transformation. */
  private static boolean expectsModels(RockyConfig config) {
    return config.pipelines().isEmpty()
        || config.pipelines().values().stream().anyMatch((PipelineConfig p) -> p instanceof TransformationPipeline);
  }

  private static @Nullable String seedSql(ProjectSource source, Findings findings) {
    if (!source.isFile(SEED_SQL)) {
      return null;
    }
    try {
      return source.read(SEED_SQL);
    } catch (IOException e) {
      findings.report(DiagnosticCode.V030, SourceSpan.file(SEED_SQL), LoadMessages.cannotRead(SEED_SQL, e),
          LoadMessages.CHECK_PERMISSIONS);
      return null;
    }
  }

  /** A value computed on a daemon thread started at once; {@link #get} waits for it and rethrows its failure. */
  private static final class OnItsOwnThread<T> {
    private final Thread thread;
    private volatile @Nullable T value;
    private volatile @Nullable Throwable failure;

    OnItsOwnThread(java.util.function.Supplier<T> work) {
      thread = new Thread(() -> {
        try {
          value = work.get();
        } catch (RuntimeException | Error e) {
          failure = e;
        }
      }, "rocky-load-sources");
      thread.setDaemon(true);
      thread.start();
    }

    T get() {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while loading source schemas", e);
      }
      if (failure instanceof RuntimeException e) {
        throw e;
      }
      if (failure instanceof Error e) {
        throw e;
      }
      return java.util.Objects.requireNonNull(value);
    }
  }

  /** Strict binding: unknown keys fail, no string-to-number or float-to-integer guessing. */
  private static ObjectMapper mapper() {
    return TomlMapper.builder()
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .withCoercionConfig(LogicalType.Textual, text -> text
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Float, number -> number.setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert))
        .build();
  }
}
