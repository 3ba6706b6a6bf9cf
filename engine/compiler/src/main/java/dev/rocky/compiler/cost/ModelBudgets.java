package dev.rocky.compiler.cost;

import dev.rocky.core.config.CostSections.Budget;
import dev.rocky.core.config.CostSections.OnBreach;
import dev.rocky.core.project.Model;
import dev.rocky.core.project.Project;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The budgets of a project: its {@code [budget]} for whole runs, and for each model whose sidecar
 * has a {@code [budget]} table that table over the project's, field by field (a field the sidecar
 * leaves out is the project's). A model without a {@code [budget]} of its own has no per-model budget.
 */
public record ModelBudgets(Budget project, Map<String, Budget> models) {

  public ModelBudgets {
    models = Map.copyOf(models);
  }

  public static final ModelBudgets NONE = new ModelBudgets(Budget.defaults(), Map.of());

  public static ModelBudgets of(Project project) {
    Budget base = project.config().budget();
    Map<String, Budget> models = new LinkedHashMap<>();
    for (Model m : project.models()) {
      of(m, base).ifPresent(b -> models.put(m.name(), b));
    }
    return new ModelBudgets(base, models);
  }

  /** The model's budget: its sidecar's {@code [budget]} over the project's, or empty when it has none. */
  public static Optional<Budget> of(Model model, Budget project) {
    Map<String, Object> own = model.config().budget();
    if (own.isEmpty()) {
      return Optional.empty();
    }
    Double usd = number(own.get("max_usd")) instanceof Number n ? n.doubleValue() : project.maxUsd();
    Long ms = number(own.get("max_duration_ms")) instanceof Number n ? n.longValue() : project.maxDurationMs();
    Long bytes = number(own.get("max_bytes_scanned")) instanceof Number n ? n.longValue() : project.maxBytesScanned();
    OnBreach onBreach = own.get("on_breach") instanceof String s
        ? ("error".equals(s.toLowerCase(Locale.ROOT)) ? OnBreach.ERROR : OnBreach.WARN)
        : project.onBreach();
    return Optional.of(new Budget(usd, ms, bytes, onBreach));
  }

  /** The model's own budget, if it has one. */
  public Optional<Budget> model(String name) {
    return Optional.ofNullable(models.get(name));
  }

  /** Whether the budget sets any limit at all. */
  public static boolean limits(Budget b) {
    return b.maxUsd() != null || b.maxDurationMs() != null || b.maxBytesScanned() != null;
  }

  private static @Nullable Number number(@Nullable Object value) {
    return value instanceof Number n ? n : null;
  }
}
