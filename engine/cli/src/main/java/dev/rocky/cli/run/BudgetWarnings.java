package dev.rocky.cli.run;

import dev.rocky.app.cost.BudgetBreach;
import dev.rocky.app.run.RunOutput;
import java.io.PrintWriter;

/** The budget limits a run went over, on stderr: a warning each, or an error when {@code on_breach = "error"}. */
final class BudgetWarnings {
  private BudgetWarnings() {}

  static void print(RunOutput output, PrintWriter err) {
    for (BudgetBreach b : output.budgetBreaches()) {
      err.println((b.fails() ? "error" : "warning") + ": budget: " + b.describe());
    }
    err.flush();
  }
}
