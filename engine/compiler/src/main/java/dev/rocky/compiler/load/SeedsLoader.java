package dev.rocky.compiler.load;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.rocky.core.diagnostic.DiagnosticCode;
import dev.rocky.core.diagnostic.SourceSpan;
import dev.rocky.core.port.ProjectSource;
import dev.rocky.core.project.Seed;
import dev.rocky.core.project.TargetRef;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Loads CSV seeds, {@code seeds/<name>.csv}, with their optional sidecar {@code seeds/<name>.toml}
 * ({@code [target]}, {@code [column_types]}, {@code pre_hook}, {@code post_hook}). The table
 * defaults to the seed's name.
 */
final class SeedsLoader {
  static final String DIR = "seeds";
  private static final DiagnosticCode CODE = DiagnosticCode.V030;

  private final ProjectSource source;
  private final TomlFiles toml;
  private final Binder binder;
  private final Findings findings;

  SeedsLoader(ProjectSource source, TomlFiles toml, Binder binder, Findings findings) {
    this.source = source;
    this.toml = toml;
    this.binder = binder;
    this.findings = findings;
  }

  record Sidecar(
      @JsonProperty("target") @Nullable Target target,
      @JsonProperty("column_types") @Nullable Map<String, String> columnTypes,
      @JsonProperty("pre_hook") @Nullable List<String> preHook,
      @JsonProperty("post_hook") @Nullable List<String> postHook) {}

  record Target(
      @JsonProperty("catalog") @Nullable String catalog,
      @JsonProperty("schema") @Nullable String schema,
      @JsonProperty("table") @Nullable String table) {}

  List<Seed> load() {
    if (!source.isDirectory(DIR)) {
      return List.of();
    }
    List<String> files;
    try {
      files = source.listFiles(DIR);
    } catch (IOException e) {
      findings.report(CODE, SourceSpan.file(DIR), LoadMessages.cannotRead(DIR, e), LoadMessages.CHECK_PERMISSIONS);
      return List.of();
    }
    Set<String> present = new HashSet<>(files);
    List<Seed> out = new ArrayList<>();
    for (String f : files) {
      if (!f.endsWith(".csv")) {
        continue;
      }
      String base = f.substring(0, f.length() - ".csv".length());
      String name = ModelsLoader.fileName(base);
      Sidecar sc = present.contains(base + ".toml")
          ? toml.readLiteral(base + ".toml", CODE)
              .flatMap(doc -> binder.bind(doc.root(), Sidecar.class, new Binder.Site(doc, List.of(), CODE)))
              .orElse(null)
          : null;
      Target t = sc == null ? null : sc.target();
      TargetRef target = new TargetRef(t == null ? null : t.catalog(), t == null ? null : t.schema(),
          t == null || t.table() == null ? name : t.table());
      out.add(new Seed(name, f, target,
          sc == null || sc.columnTypes() == null ? Map.of() : sc.columnTypes(),
          sc == null || sc.preHook() == null ? List.of() : sc.preHook(),
          sc == null || sc.postHook() == null ? List.of() : sc.postHook()));
    }
    return out;
  }
}
