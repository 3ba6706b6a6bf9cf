package dev.rocky.compiler.load;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rocky.core.diagnostic.DiagnosticCode;
import dev.rocky.core.project.ModelConfig;
import dev.rocky.core.project.Strategy;
import dev.rocky.core.project.TargetRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Resolves a model's configuration: the sidecar over the directory defaults, key by key, with
 * Rocky's defaults for what neither sets ({@code full_refresh}; the table named after the model).
 */
final class ModelConfigs {
  private static final Pattern RETENTION = Pattern.compile("^(\\d+)[dy]$");
  private static final SidecarToml EMPTY = new SidecarToml(null, null, null, null, null, null, null, null, null,
      null, null, null, null, null, null, null, null, null, null, null, null, null, null);

  private final Findings findings;

  ModelConfigs(Findings findings) {
    this.findings = findings;
  }

  static SidecarToml empty() {
    return EMPTY;
  }

  /** The resolved configuration of model {@code name}; {@code doc} is its sidecar, if any. */
  ModelConfig resolve(String name, SidecarToml sc, DefaultsToml defaults, @Nullable TomlDocument doc) {
    SidecarToml.Target t = sc.target();
    TargetRef target = new TargetRef(
        first(t == null ? null : t.catalog(), defaults.catalog()),
        first(t == null ? null : t.schema(), defaults.schema()),
        first(t == null ? null : t.table(), name));
    Strategy strategy = first(sc.strategy(), first(defaults.strategy(), new Strategy.FullRefresh()));
    Map<String, String> columnDescriptions = new LinkedHashMap<>();
    if (sc.columns() != null) {
      sc.columns().forEach((column, c) -> {
        if (c != null && c.description() != null) {
          columnDescriptions.put(column, c.description());
        }
      });
    }
    return new ModelConfig(
        list(sc.dependsOn()),
        sc.adapter(),
        first(sc.intent(), defaults.intent()),
        strategy,
        target,
        first(sc.freshness(), defaults.freshness()),
        map(sc.classification()),
        map(sc.tags()),
        columnDescriptions,
        list(sc.tests()),
        list(sc.unitTests()),
        budget(sc.budget()),
        sc.group(),
        map(sc.args()),
        list(sc.sources()),
        sc.format() == null ? null : sc.format().id(),
        formatOptions(sc.formatOptions()),
        useTests(sc.useTests()),
        sc.governance() == null ? Map.of() : map(sc.governance().tags()),
        retention(sc.retention(), doc),
        sc.skip(),
        list(sc.surrogateKeys()),
        doc == null ? Set.of() : declaredKeys(doc),
        sc.governance() == null ? List.of() : list(sc.governance().grants()));
  }

  private @Nullable String retention(@Nullable String value, @Nullable TomlDocument doc) {
    if (value == null) {
      return null;
    }
    var m = RETENTION.matcher(value);
    if (m.matches() && !m.group(1).chars().allMatch(c -> c == '0')) {
      return value;
    }
    if (doc != null) {
      findings.report(DiagnosticCode.V030, doc.span(List.of("retention")), LoadMessages.badRetention(value),
          LoadMessages.FIX_RETENTION);
    }
    return null;
  }

  private static Map<String, Object> budget(SidecarToml.@Nullable Budget b) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (b != null) {
      putIfSet(out, "max_usd", b.maxUsd());
      putIfSet(out, "max_duration_ms", b.maxDurationMs());
      putIfSet(out, "max_bytes_scanned", b.maxBytesScanned());
      putIfSet(out, "on_breach", b.onBreach() == null ? null : b.onBreach().name().toLowerCase(java.util.Locale.ROOT));
    }
    return out;
  }

  private static Map<String, Object> formatOptions(SidecarToml.@Nullable FormatOptions f) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (f != null) {
      putIfSet(out, "partition_by", f.partitionBy());
      putIfSet(out, "cluster_by", f.clusterBy());
      putIfSet(out, "table_properties", f.tableProperties());
      putIfSet(out, "comment", f.comment());
    }
    return out;
  }

  private static List<Map<String, Object>> useTests(@Nullable List<SidecarToml.UseTest> tests) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (SidecarToml.UseTest u : list(tests)) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", u.name());
      putIfSet(m, "column", u.column());
      putIfSet(m, "severity", u.severity());
      putIfSet(m, "filter", u.filter());
      out.add(m);
    }
    return out;
  }

  /** Dotted keys the sidecar writes with a literal value (not from a {@code ${VAR}}). */
  private static Set<String> declaredKeys(TomlDocument doc) {
    Set<String> out = new HashSet<>();
    walk(doc, doc.root(), new ArrayList<>(), out);
    return out;
  }

  private static void walk(TomlDocument doc, JsonNode node, List<Object> path, Set<String> out) {
    node.properties().forEach(e -> {
      path.add(e.getKey());
      if (doc.literal(path)) {
        StringBuilder dotted = new StringBuilder();
        for (Object segment : path) {
          (dotted.isEmpty() ? dotted : dotted.append('.')).append(segment);
        }
        out.add(dotted.toString());
      }
      if (e.getValue().isObject()) {
        walk(doc, e.getValue(), path, out);
      }
      path.remove(path.size() - 1);
    });
  }

  private static void putIfSet(Map<String, Object> out, String key, @Nullable Object value) {
    if (value != null) {
      out.put(key, value);
    }
  }

  private static <T> T first(@Nullable T value, T fallback) {
    return value != null ? value : fallback;
  }

  private static <T> List<T> list(@Nullable List<T> values) {
    return values == null ? List.of() : values.stream().filter(v -> v != null).toList();
  }

  private static <V> Map<String, V> map(@Nullable Map<String, V> values) {
    Map<String, V> out = new LinkedHashMap<>();
    if (values != null) {
      values.forEach((k, v) -> {
        if (v != null) {
          out.put(k, v);
        }
      });
    }
    return out;
  }
}
