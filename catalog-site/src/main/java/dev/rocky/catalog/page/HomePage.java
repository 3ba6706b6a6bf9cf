package dev.rocky.catalog.page;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The home page: the project in figures, the last runs, what is failing now, the costliest models
 * of the last run that recorded cost ({@code costNote} says why the list is empty), and search.
 */
public record HomePage(
    Layout layout,
    List<Figure> figures,
    List<RunSummary> runs,
    List<Failing> failing,
    List<CostRow> topCost,
    String costNote,
    @Nullable String prHref) {

  public boolean hasRuns() {
    return !runs.isEmpty();
  }

  public boolean hasFailing() {
    return !failing.isEmpty();
  }

  public boolean hasTopCost() {
    return !topCost.isEmpty();
  }

  /** A headline number: {@code cls} colours it when it is bad news. */
  public record Figure(String label, String value, @Nullable String href, String cls) {}

  public record RunSummary(String run, String href, String status, String statusClass, String started, String duration,
      String models, String failed, String cost, boolean breached) {}

  /** Something failing now: a failed check, a broken contract, a model that failed in the last run. */
  public record Failing(String what, Link subject, String detail) {}

  public record CostRow(Link model, String cost, String duration, boolean breach) {}
}
