package dev.rocky.compiler.load;

import dev.rocky.compiler.dsl.RockyDsl;
import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.diagnostic.DiagnosticCode;
import dev.rocky.core.diagnostic.Severity;
import dev.rocky.core.diagnostic.SourceSpan;
import dev.rocky.core.port.ProjectSource;
import dev.rocky.core.project.Model;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Discovers models under the models directory: every {@code .sql} file, and every {@code .rocky}
 * DSL file lowered to SQL (sorted, at most
 * {@value #MAX_DEPTH} directories deep) is a model; its sidecar is the {@code .toml} of the same
 * stem (or, without one, a leading {@code ---toml ... ---} block in the SQL); each directory's
 * {@code _defaults.toml} applies to it and its subdirectories, the nearest file winning per key.
 * {@code *.contract.toml} files found on the way are returned for the contract loader.
 */
final class ModelsLoader {
  static final int MAX_DEPTH = 64;
  private static final DiagnosticCode CODE = DiagnosticCode.V030;
  private static final String DEFAULTS = "_defaults.toml";

  private final ProjectSource source;
  private final TomlFiles toml;
  private final Binder binder;
  private final Findings findings;

  ModelsLoader(ProjectSource source, TomlFiles toml, Binder binder, Findings findings) {
    this.source = source;
    this.toml = toml;
    this.binder = binder;
    this.findings = findings;
  }

  /** A loaded model with the places to point at for its name and its target. */
  record LoadedModel(Model model, SourceSpan nameSpan, SourceSpan targetSpan) {}

  /** The models, and the contract files found next to them. */
  record Result(List<LoadedModel> models, List<String> contractFiles) {}

  Result load(String modelsDir) {
    List<String> files;
    try {
      files = source.listFiles(modelsDir);
    } catch (IOException e) {
      findings.report(DiagnosticCode.V025, SourceSpan.file(modelsDir), LoadMessages.modelsDirUnreadable(modelsDir, e),
          LoadMessages.CHECK_PERMISSIONS);
      return new Result(List.of(), List.of());
    }
    String prefix = modelsDir.isEmpty() ? "" : modelsDir + "/";
    List<String> inRange = files.stream()
        .filter(f -> f.startsWith(prefix) && depth(f.substring(prefix.length())) <= MAX_DEPTH)
        .sorted()
        .toList();
    files.stream()
        .filter(f -> f.startsWith(prefix) && isModelFile(f) && depth(f.substring(prefix.length())) > MAX_DEPTH)
        .forEach(f -> findings.add(Diagnostic.of(CODE, LoadMessages.tooDeep(f, MAX_DEPTH))
            .withSeverity(Severity.Warning).withSpan(SourceSpan.file(f))
            .withSuggestion(LoadMessages.MOVE_UP)));
    Set<String> present = new HashSet<>(inRange);
    Map<String, DefaultsToml> own = new HashMap<>();
    for (String f : inRange) {
      if (fileName(f).equals(DEFAULTS)) {
        own.put(parentOf(f), readDefaults(f));
      }
    }
    Map<String, DefaultsToml> effective = new HashMap<>();
    List<String> sqlFiles = new ArrayList<>();
    List<String> contracts = new ArrayList<>();
    for (String f : inRange) {
      if (f.endsWith(".contract.toml")) {
        contracts.add(f);
      } else if (isModelFile(f)) {
        sqlFiles.add(f);
        effective(parentOf(f), modelsDir, own, effective);
      }
    }
    // Each model is read, its sidecar parsed and bound, on its own, in parallel; findings are kept per
    // model and appended in file order, so the result is the same as reading them one by one.
    int n = sqlFiles.size();
    LoadedModel[] loaded = new LoadedModel[n];
    Findings[] found = new Findings[n];
    Parallel.forEach(n, i -> {
      Findings f = new Findings();
      String path = sqlFiles.get(i);
      loaded[i] = new ModelReader(source, toml.reporting(f), binder.reporting(f), new ModelConfigs(f), f)
          .model(path, present, effective.get(parentOf(path))).orElse(null);
      found[i] = f;
    });
    List<LoadedModel> models = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      findings.addAll(found[i]);
      if (loaded[i] != null) {
        models.add(loaded[i]);
      }
    }
    return new Result(models, contracts);
  }

  private DefaultsToml readDefaults(String path) {
    return toml.read(path, CODE)
        .flatMap(doc -> binder.bind(doc.root(), DefaultsToml.class,
            new Binder.Site(doc, List.of(), CODE, LoadMessages.DEFAULTS_KEYS)))
        .orElse(DefaultsToml.NONE);
  }

  private static DefaultsToml effective(String dir, String modelsDir, Map<String, DefaultsToml> own,
      Map<String, DefaultsToml> memo) {
    DefaultsToml known = memo.get(dir);
    if (known != null) {
      return known;
    }
    DefaultsToml inherited = dir.equals(modelsDir) || dir.isEmpty()
        ? DefaultsToml.NONE
        : effective(parentOf(dir), modelsDir, own, memo);
    DefaultsToml result = inherited.overriddenBy(own.getOrDefault(dir, DefaultsToml.NONE));
    memo.put(dir, result);
    return result;
  }

  /** Reads one model with its own findings, so that models can be read in parallel. */
  private record ModelReader(ProjectSource source, TomlFiles toml, Binder binder, ModelConfigs configs,
      Findings findings) {

    Optional<LoadedModel> model(String sqlPath, Set<String> present, DefaultsToml defaults) {
      int mark = findings.mark();
      String sql;
      try {
        sql = source.read(sqlPath);
      } catch (IOException e) {
        findings.report(CODE, SourceSpan.file(sqlPath), LoadMessages.cannotRead(sqlPath, e), LoadMessages.CHECK_PERMISSIONS);
        return Optional.empty();
      }
      String stem = fileName(withoutExtension(sqlPath));
      if (RockyDsl.isDslFile(sqlPath)) {
        switch (RockyDsl.lower(sqlPath, sql)) {
          case RockyDsl.Lowered lowered -> sql = lowered.sql();
          case RockyDsl.Failed failed -> findings.add(failed.diagnostic()); // the model stays, with no known columns
        }
      }
      String dir = parentOf(sqlPath);
      String sidecarPath = (dir.isEmpty() ? "" : dir + "/") + stem + ".toml";
      String sidecarFile = null;
      TomlDocument doc = null;
      if (present.contains(sidecarPath)) {
        sidecarFile = sidecarPath;
        doc = toml.read(sidecarPath, CODE).orElse(null);
      } else {
        Frontmatter fm = Frontmatter.split(sql);
        if (fm != null) {
          sql = fm.body();
          doc = toml.parse(sqlPath, fm.toml(), CODE).orElse(null);
        }
      }
      SidecarToml sc = doc == null ? ModelConfigs.empty() : sidecar(doc);
      String name = sc.name() != null && !sc.name().isBlank() ? sc.name() : stem;
      Model model = new Model(name, sqlPath, sql, sidecarFile, configs.resolve(name, sc, defaults, doc));
      findings.attribute(mark, name);
      SourceSpan nameSpan = doc != null && doc.line(List.of("name")) > 0 ? doc.span(List.of("name")) : SourceSpan.at(sqlPath, 1, 1);
      SourceSpan targetSpan = doc != null && doc.line(List.of("target")) > 0 ? doc.span(List.of("target")) : nameSpan;
      return Optional.of(new LoadedModel(model, nameSpan, targetSpan));
    }

    /** The sidecar bound from the tree when it has the usual shape, else strictly (reporting what is wrong). */
    private SidecarToml sidecar(TomlDocument doc) {
      SidecarToml fast = FastSidecar.bind(doc.root());
      return fast != null ? fast
          : binder.bind(doc.root(), SidecarToml.class, new Binder.Site(doc, List.of(), CODE)).orElse(ModelConfigs.empty());
    }
  }

  /** A legacy inline sidecar: {@code ---toml} on the first line, closed by a {@code ---} line. */
  record Frontmatter(String toml, String body) {
    static @Nullable Frontmatter split(String sql) {
      int first = 0;
      while (first < sql.length() && Character.isWhitespace(sql.charAt(first)) && sql.charAt(first) != '\n') {
        first++;
      }
      if (!sql.startsWith("---toml", first)) {
        return null; // the common case, decided without splitting the text
      }
      String[] lines = sql.split("\n", -1);
      if (lines.length == 0 || !lines[0].strip().equals("---toml")) {
        return null;
      }
      for (int k = 1; k < lines.length; k++) {
        if (lines[k].strip().equals("---")) {
          // A leading empty line keeps the TOML's line numbers equal to the SQL file's.
          String toml = "\n" + String.join("\n", java.util.Arrays.asList(lines).subList(1, k));
          String body = String.join("\n", java.util.Arrays.asList(lines).subList(k + 1, lines.length));
          return new Frontmatter(toml, body);
        }
      }
      return null;
    }
  }

  /** Whether {@code path} is a model: a {@code .sql} file or a {@code .rocky} DSL file. */
  static boolean isModelFile(String path) {
    return path.endsWith(".sql") || RockyDsl.isDslFile(path);
  }

  /** A model file's path without {@code .sql} or {@code .rocky}. */
  static String withoutExtension(String path) {
    return path.substring(0, path.length() - (path.endsWith(".sql") ? ".sql" : RockyDsl.EXTENSION).length());
  }

  static String parentOf(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }

  static String fileName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  private static int depth(String relative) {
    int depth = 0;
    for (int i = 0; i < relative.length(); i++) {
      if (relative.charAt(i) == '/') {
        depth++;
      }
    }
    return depth;
  }
}
