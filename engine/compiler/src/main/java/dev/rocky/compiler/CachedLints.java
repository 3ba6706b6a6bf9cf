package dev.rocky.compiler;

import dev.rocky.compiler.bind.ModelAnalysis;
import dev.rocky.compiler.cache.CacheEntry;
import dev.rocky.compiler.cache.Digest;
import dev.rocky.compiler.check.FreshnessLint;
import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.project.Model;
import dev.rocky.core.project.Project;
import dev.rocky.core.project.Strategy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lints that look at one model at a time (W005, {@link FreshnessLint}), run per model and kept
 * in the model's cache entry under a key of everything the lint reads of it: name, files, whether
 * it is ephemeral or declares freshness, its SQL (through the entry's input key) and its output
 * schema (through the schema digest). A warm compile lints only the models whose key changed; the
 * findings, in model order, are those of one run over every model.
 */
final class CachedLints {
  private CachedLints() {}

  /** W005 for every model of {@code project}; replaces the entries in {@code next} whose findings were redone. */
  static List<Diagnostic> freshness(Project project, Map<String, ModelAnalysis> analyses, Map<String, CacheEntry> next,
      Workers workers) {
    boolean projectFreshness = project.config().freshness().expectedLagSeconds() != null;
    FreshnessLint lint = new FreshnessLint();
    if (projectFreshness) {
      return lint.check(project.models(), Map.of(), true);
    }
    Set<String> names = new HashSet<>();
    Set<String> repeated = new HashSet<>();
    for (Model m : project.models()) {
      if (!names.add(m.name())) {
        repeated.add(m.name());
      }
    }
    // Each model on its own (in parallel), the findings then in model order.
    List<Model> models = project.models();
    List<Integer> indexes = java.util.stream.IntStream.range(0, models.size()).boxed().toList();
    @SuppressWarnings("unchecked")
    List<Diagnostic>[] found = new List[models.size()];
    workers.forEach(indexes, i -> found[i] = lint(lint, models.get(i), analyses, next, repeated));
    List<Diagnostic> out = new ArrayList<>();
    for (List<Diagnostic> f : found) {
      out.addAll(f);
    }
    return List.copyOf(out);
  }

  private static List<Diagnostic> lint(FreshnessLint lint, Model m, Map<String, ModelAnalysis> analyses,
      Map<String, CacheEntry> next, Set<String> repeated) {
    ModelAnalysis a = analyses.get(m.name());
    Map<String, dev.rocky.core.types.ModelSchema> schema = a == null ? Map.of() : Map.of(m.name(), a.schema());
    CacheEntry e = next.get(m.name());
    if (a == null || e == null || repeated.contains(m.name()) || e.inputKey().equals(CacheEntry.NO_INPUT_KEY)
        || e.analysis() != a) {
      return lint.check(List.of(m), schema, false);
    }
    // The input key covers the name, the SQL file and its text.
    Digest key = Hashing.hasher().putString("W005").putDigest(e.inputKey()).putDigest(e.schemaDigest())
        .putBoolean(m.sidecarFile() != null)
        .putString(m.sidecarFile() == null ? "" : m.sidecarFile())
        .putBoolean(m.strategy() instanceof Strategy.Ephemeral).putBoolean(m.config().freshness() != null)
        .digest();
    if (e.lintKey().equals(key)) {
      return e.lints();
    }
    List<Diagnostic> found = lint.check(List.of(m), schema, false);
    next.put(m.name(), e.withLints(key, found));
    return found;
  }
}
