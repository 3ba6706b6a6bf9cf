package dev.rocky.compiler.check;

import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.diagnostic.DiagnosticCode;
import dev.rocky.core.diagnostic.SourceSpan;
import dev.rocky.core.project.Model;
import dev.rocky.core.project.Strategy;
import dev.rocky.core.types.ModelSchema;
import dev.rocky.core.types.TypedColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * W005: a model whose output has a DATE, TIMESTAMP or TIMESTAMP_NTZ column but no freshness
 * declaration in scope: its own {@code [freshness]} (which includes one inherited from
 * {@code _defaults.toml}) or the project's ({@code [freshness]} in {@code rocky.toml}). A warning: freshness is declarative, nothing
 * breaks without it, but stale data then goes unnoticed. Ephemeral models are never materialized
 * and are skipped. The span points at the first temporal column in the SQL.
 */
public final class FreshnessLint {
  private static final java.util.regex.Pattern MODEL_EXTENSION = java.util.regex.Pattern.compile("\\.(sql|rocky)$");

  /**
   * Lints every model in the order given. {@code projectFreshness} says whether the project
   * declares freshness for all models; then nothing is reported.
   */
  public List<Diagnostic> check(List<Model> models, Map<String, ModelSchema> schemas, boolean projectFreshness) {
    if (projectFreshness) {
      return List.of();
    }
    List<Diagnostic> out = new ArrayList<>();
    for (Model model : models) {
      ModelSchema schema = schemas.get(model.name());
      if (schema == null || model.config().freshness() != null || model.strategy() instanceof Strategy.Ephemeral) {
        continue;
      }
      List<String> temporal = schema.columns().stream()
          .filter(c -> c.type().isTemporal())
          .map(TypedColumn::name)
          .toList();
      if (temporal.isEmpty()) {
        continue;
      }
      String where = model.sidecarFile() != null ? model.sidecarFile() : MODEL_EXTENSION.matcher(model.sqlFile()).replaceAll(".toml");
      out.add(Diagnostic.of(DiagnosticCode.W005,
              "model '" + model.name() + "' outputs " + (temporal.size() == 1 ? "temporal column " : "temporal columns ")
                  + Names.list(temporal, 3) + " but declares no freshness")
          .withModel(model.name())
          .withSpan(span(model, temporal.getFirst()))
          .withSuggestion("add [freshness] max_lag_seconds = <seconds> to " + where
              + ", or declare freshness once in _defaults.toml or rocky.toml"));
    }
    return List.copyOf(out);
  }

  private static SourceSpan span(Model model, String column) {
    String code = SqlText.codeOnly(model.sql());
    int at = SqlText.findWord(code, column, 0, true);
    if (at >= 0) {
      return Spans.sql(model, at, column.length());
    }
    int star = SqlText.findProjectionStar(code);
    return star >= 0 ? Spans.sql(model, star, 1) : SourceSpan.file(model.sqlFile());
  }
}
