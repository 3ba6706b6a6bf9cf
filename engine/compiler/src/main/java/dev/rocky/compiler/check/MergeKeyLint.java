package dev.rocky.compiler.check;

import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.diagnostic.DiagnosticCode;
import dev.rocky.core.project.Model;
import dev.rocky.core.project.Strategy;
import dev.rocky.core.types.ModelSchema;
import dev.rocky.core.types.TypedColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * W006: a {@code merge} model's {@code unique_key} names a column that is not in its output
 * (case-insensitive). Only a complete schema can prove a column absent, so an incomplete one is
 * never reported. A warning, as in Rocky: the MERGE fails in the warehouse, not at compile time.
 * The span points at the key in the sidecar's {@code unique_key} array.
 */
public final class MergeKeyLint {
  private final Spans spans;

  /** {@code texts} gives the sidecars' text, to point at the offending key. */
  public MergeKeyLint(SourceTexts texts) {
    this.spans = new Spans(texts);
  }

  /** Lints every merge model, in the order given; one warning per missing key column. */
  public List<Diagnostic> check(List<Model> models, Map<String, ModelSchema> schemas) {
    List<Diagnostic> out = new ArrayList<>();
    for (Model model : models) {
      ModelSchema schema = schemas.get(model.name());
      if (!(model.strategy() instanceof Strategy.Merge merge) || schema == null || !schema.complete()) {
        continue;
      }
      List<String> names = schema.columns().stream().map(TypedColumn::name).toList();
      for (String key : merge.uniqueKey()) {
        if (schema.column(key).isEmpty()) {
          out.add(Diagnostic.of(DiagnosticCode.W006,
                  "merge key '" + key + "' is not in the output of model '" + model.name() + "'")
              .withModel(model.name())
              .withSpan(spans.strategyItem(model, "unique_key", key))
              .withSuggestion("select '" + key + "' in " + model.sqlFile()
                  + " or fix [strategy] unique_key" + Names.didYouMean(key, names)));
        }
      }
    }
    return List.copyOf(out);
  }
}
