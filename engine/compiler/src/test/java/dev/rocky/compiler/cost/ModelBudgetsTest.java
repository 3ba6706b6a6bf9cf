package dev.rocky.compiler.cost;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.core.config.CostSections.Budget;
import dev.rocky.core.config.CostSections.OnBreach;
import dev.rocky.core.project.Model;
import dev.rocky.core.project.ModelConfig;
import dev.rocky.core.project.Strategy;
import dev.rocky.core.project.TargetRef;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A model's [budget] over the project's, field by field. */
class ModelBudgetsTest {
  static final Budget PROJECT = new Budget(10.0, 60_000L, null, OnBreach.WARN);

  static Model model(Map<String, Object> budget) {
    return new Model("m", "models/m.sql", "SELECT 1", "models/m.toml", new ModelConfig(List.of(), null, null,
        new Strategy.FullRefresh(), new TargetRef(null, null, "m"), null, Map.of(), Map.of(), Map.of(), List.of(),
        List.of(), budget));
  }

  @Test
  void aModelWithoutABudgetHasNone() {
    assertThat(ModelBudgets.of(model(Map.of()), PROJECT)).isEmpty();
  }

  @Test
  void unsetFieldsAreTheProjects() {
    assertThat(ModelBudgets.of(model(Map.of("max_usd", 0.5, "on_breach", "error")), PROJECT))
        .contains(new Budget(0.5, 60_000L, null, OnBreach.ERROR));
    assertThat(ModelBudgets.of(model(Map.of("max_bytes_scanned", 1000L)), PROJECT))
        .contains(new Budget(10.0, 60_000L, 1000L, OnBreach.WARN));
  }

  @Test
  void overrunsAreStrictAndSkipUnknownFigures() {
    Budget b = new Budget(1.0, 100L, 1000L, OnBreach.WARN);
    assertThat(new CostFigures(1.0, 100L, 1000L).overruns(b)).isEmpty();
    assertThat(new CostFigures(null, 101L, null).overruns(b))
        .containsExactly(new CostFigures.Overrun(LimitType.MAX_DURATION_MS, 100L, 101L));
    assertThat(CostFigures.UNKNOWN.overruns(new Budget(0.0, 0L, 0L, OnBreach.ERROR))).isEmpty();
  }

  @Test
  void dollarsReadLikeMoney() {
    assertThat(CostFigures.usd(0)).isEqualTo("0.00");
    assertThat(CostFigures.usd(0.3)).isEqualTo("0.30");
    assertThat(CostFigures.usd(0.0123456)).isEqualTo("0.01235");
    assertThat(CostFigures.usd(12.345)).isEqualTo("12.35");
    assertThat(CostFigures.usd(0.00000042)).isEqualTo("0.00000042");
  }
}
