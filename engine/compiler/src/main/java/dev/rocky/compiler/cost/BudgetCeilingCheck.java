package dev.rocky.compiler.cost;

import dev.rocky.compiler.check.SidecarSpans;
import dev.rocky.compiler.check.SourceTexts;
import dev.rocky.core.config.CostSections.Budget;
import dev.rocky.core.config.CostSections.OnBreach;
import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.diagnostic.DiagnosticCode;
import dev.rocky.core.diagnostic.Severity;
import dev.rocky.core.project.Model;
import dev.rocky.core.project.Project;
import dev.rocky.core.port.ProjectSource;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * E027: a model whose projected cost, duration or bytes scanned exceed a ceiling of its own
 * {@code [budget]}. An error when the budget's {@code on_breach} is {@code error}, a warning when it
 * is {@code warn}. Only models with a {@code [budget]} table are checked, and only against figures
 * the projection knows; with no history nothing fires.
 */
public final class BudgetCeilingCheck {
  private final SourceTexts texts;

  public BudgetCeilingCheck(SourceTexts texts) {
    this.texts = texts;
  }

  /** Reads sidecars from the project's files, to point at the ceiling's key. */
  public BudgetCeilingCheck(ProjectSource source) {
    this(file -> {
      try {
        return source.isFile(file) ? Optional.of(source.read(file)) : Optional.empty();
      } catch (IOException e) {
        return Optional.empty();
      }
    });
  }

  public List<Diagnostic> check(Project project, CostProjections projections) {
    List<Diagnostic> out = new ArrayList<>();
    Budget base = project.config().budget();
    for (Model model : project.models()) {
      Optional<Budget> budget = ModelBudgets.of(model, base).filter(ModelBudgets::limits);
      if (budget.isEmpty()) {
        continue;
      }
      Optional<ProjectedCost> projected = projections.of(model.name());
      if (projected.isEmpty()) {
        continue;
      }
      for (CostFigures.Overrun o : projected.get().figures().overruns(budget.get())) {
        out.add(diagnostic(model, budget.get(), projected.get(), o));
      }
    }
    return out;
  }

  private Diagnostic diagnostic(Model model, Budget budget, ProjectedCost projected, CostFigures.Overrun o) {
    String what = switch (o.limitType()) {
      case MAX_USD -> "cost";
      case MAX_DURATION_MS -> "duration";
      case MAX_BYTES_SCANNED -> "bytes scanned";
    };
    String basis = projected.runs() == 1 ? "its last run" : "the median of its last " + projected.runs() + " runs";
    String message = "projected %s of model '%s' is %s (%s), over its budget %s = %s".formatted(what, model.name(),
        o.limitType().display(o.actual()), basis, o.limitType().key(), o.limitType().display(o.limit()));
    String file = model.sidecarFile() == null ? "the model's sidecar" : model.sidecarFile();
    String suggestion = "make the model cheaper, or raise [budget] " + o.limitType().key() + " in " + file
        + (budget.onBreach() == OnBreach.ERROR ? "; on_breach = \"warn\" reports this without failing" : "");
    return Diagnostic.of(DiagnosticCode.E027, message)
        .withSeverity(budget.onBreach() == OnBreach.ERROR ? Severity.Error : Severity.Warning)
        .withModel(model.name())
        .withSpan(SidecarSpans.value(texts, model, "budget", o.limitType().key()))
        .withSuggestion(suggestion);
  }
}
