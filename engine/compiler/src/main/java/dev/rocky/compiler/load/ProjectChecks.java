package dev.rocky.compiler.load;

import dev.rocky.compiler.load.ModelsLoader.LoadedModel;
import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.diagnostic.DiagnosticCode;
import dev.rocky.core.project.Strategy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks across models once all are loaded: two files declaring one model name (V030 on each,
 * naming the others) and two models writing one table (E036 on each, naming the others; the
 * target is compared case-insensitively; ephemeral models write nothing).
 */
final class ProjectChecks {
  private ProjectChecks() {}

  static void check(List<LoadedModel> models, Findings findings) {
    Map<String, List<LoadedModel>> byName = groupIfShared(models, m -> m.model().name());
    byName.forEach((name, same) -> {
      if (same.size() > 1) {
        for (LoadedModel m : same) {
          List<String> others = same.stream().filter(o -> o != m).map(o -> o.model().sqlFile()).toList();
          findings.add(Diagnostic.of(DiagnosticCode.V030, LoadMessages.duplicateModel(name, others))
              .withModel(name).withSpan(m.nameSpan()).withSuggestion(LoadMessages.RENAME_MODEL));
        }
      }
    });
    List<LoadedModel> writers = models.stream()
        .filter(m -> !(m.model().strategy() instanceof Strategy.Ephemeral))
        .toList();
    Map<String, List<LoadedModel>> byTarget = groupIfShared(writers, m -> m.model().target().key());
    byTarget.forEach((key, same) -> {
      boolean onlyDuplicateNames = same.stream().map(m -> m.model().name()).distinct().count() == 1;
      if (same.size() > 1 && !onlyDuplicateNames) {
        for (LoadedModel m : same) {
          List<String> others = same.stream().filter(o -> o != m).map(o -> o.model().name()).distinct().toList();
          findings.add(Diagnostic.of(DiagnosticCode.E036,
                  LoadMessages.sameTarget(m.model().name(), m.model().target().qualifiedName(), others))
              .withModel(m.model().name()).withSpan(m.targetSpan()).withSuggestion(LoadMessages.SEPARATE_TARGETS));
        }
      }
    });
  }

  /** The models grouped by key, as {@link #group}, when two share a key; else empty (no group has two). */
  private static Map<String, List<LoadedModel>> groupIfShared(List<LoadedModel> models,
      java.util.function.Function<LoadedModel, String> key) {
    java.util.Set<String> seen = new java.util.HashSet<>(models.size() * 2);
    for (LoadedModel m : models) {
      if (!seen.add(key.apply(m))) {
        return group(models, key);
      }
    }
    return Map.of();
  }

  private static Map<String, List<LoadedModel>> group(List<LoadedModel> models,
      java.util.function.Function<LoadedModel, String> key) {
    Map<String, List<LoadedModel>> out = new LinkedHashMap<>();
    for (LoadedModel m : models) {
      out.computeIfAbsent(key.apply(m), k -> new java.util.ArrayList<>()).add(m);
    }
    return out;
  }
}
