package dev.rocky.compiler.govern;

import dev.rocky.compiler.check.SourceTexts;
import dev.rocky.compiler.govern.ColumnClassification.Origin;
import dev.rocky.core.config.RockyConfig;
import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.diagnostic.DiagnosticCode;
import dev.rocky.core.diagnostic.SourceSpan;
import dev.rocky.core.project.Model;
import dev.rocky.core.project.Project;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * W004: a classified column, declared or inherited along lineage, whose tag resolves to no masking
 * strategy in {@code [mask]} or in one of the {@code [mask.<env>]} environments, and is not listed in
 * {@code [classifications] allow_unmasked}. One warning per model, column and tag. A declared tag
 * points at its sidecar entry; an inherited one at the column in the SQL, naming where it comes from.
 */
public final class UnmaskedClassificationLint {
  private final GovernSpans spans;

  public UnmaskedClassificationLint(SourceTexts texts) {
    this.spans = new GovernSpans(texts);
  }

  public List<Diagnostic> check(Project project, ProjectClassifications classified) {
    RockyConfig config = project.config();
    Map<String, Model> models = project.modelsByName();
    List<Diagnostic> out = new ArrayList<>();
    for (ColumnClassification c : classified.columns()) {
      if (config.classifications().allowsUnmasked(c.tag())) {
        continue;
      }
      List<String> missing = missingIn(config, c.tag());
      Model model = models.get(c.model());
      if (missing.isEmpty() || model == null) {
        continue;
      }
      String where = missing.stream().map(UnmaskedClassificationLint::section).collect(Collectors.joining(" and "));
      String message = switch (c.origin()) {
        case Origin.Declared d -> "column '" + c.ref() + "' is classified '" + c.tag()
            + "' but no masking strategy for '" + c.tag() + "' is in " + where;
        case Origin.Inherited i -> "column '" + c.ref() + "' inherits classification '" + c.tag() + "' from "
            + i.from() + (i.from().equals(i.declaredAt()) ? "" : " (declared on " + i.declaredAt() + ")")
            + ", and no masking strategy for '" + c.tag() + "' is in " + where;
      };
      SourceSpan span = switch (c.origin()) {
        case Origin.Declared d -> spans.classification(model, c.column());
        case Origin.Inherited i -> GovernSpans.column(model, c.column());
      };
      out.add(Diagnostic.of(DiagnosticCode.W004, message)
          .withModel(model.name())
          .withSpan(span)
          .withSuggestion("add " + c.tag() + " = \"hash\" (or \"redact\", \"partial\", \"none\") under "
              + section(missing.getFirst()) + " in rocky.toml, or list \"" + c.tag()
              + "\" in [classifications] allow_unmasked" + (c.inherited()
                  ? ", or declare " + c.column() + " = \"" + ClassificationResolver.UNCLASSIFIED
                      + "\" under [classification] in " + sidecar(model)
                  : "")));
    }
    return List.copyOf(out);
  }

  /** The environments ({@code null}: the default) in which {@code tag} has no strategy. */
  static List<@Nullable String> missingIn(RockyConfig config, String tag) {
    List<@Nullable String> out = new ArrayList<>();
    if (config.mask().strategyFor(tag, null).isEmpty()) {
      out.add(null);
    }
    for (String env : config.mask().environments().keySet()) {
      Optional<?> s = config.mask().strategyFor(tag, env);
      if (s.isEmpty()) {
        out.add(env);
      }
    }
    return out;
  }

  private static String section(@Nullable String env) {
    return env == null ? "[mask]" : "[mask." + env + "]";
  }

  private static String sidecar(Model model) {
    String file = model.sidecarFile();
    return file != null ? file : model.sqlFile().replaceAll("\\.sql$", ".toml");
  }
}
