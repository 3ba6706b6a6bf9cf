package dev.rocky.catalog.page;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The page of one run: its figures, its budget breaches, its timeline and one row per model executed. */
public record RunPage(
    Layout layout,
    String run,
    String status,
    String statusClass,
    String started,
    String finished,
    String duration,
    String trigger,
    @Nullable String git,
    String cost,
    List<String> breaches,
    Gantt gantt,
    List<Row> executions) {

  public boolean hasBreaches() {
    return !breaches.isEmpty();
  }

  /** {@code start} is the offset from the run's start. */
  public record Row(Link model, String status, String statusClass, String start, String duration, String rows,
      String bytes, String cost, @Nullable String error) {}
}
