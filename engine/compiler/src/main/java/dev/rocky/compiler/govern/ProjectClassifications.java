package dev.rocky.compiler.govern;

import java.util.List;
import java.util.Optional;

/** Every classified model column of a project, model by model in file order, columns in output order. */
public record ProjectClassifications(List<ColumnClassification> columns) {

  public ProjectClassifications {
    columns = List.copyOf(columns);
  }

  public static ProjectClassifications none() {
    return new ProjectClassifications(List.of());
  }

  /** The classified columns of one model (case-insensitive name). */
  public List<ColumnClassification> of(String model) {
    return columns.stream().filter(c -> c.model().equalsIgnoreCase(model)).toList();
  }

  /** The classification of one column, if it has one (case-insensitive names). */
  public Optional<ColumnClassification> find(String model, String column) {
    return columns.stream()
        .filter(c -> c.model().equalsIgnoreCase(model) && c.column().equalsIgnoreCase(column))
        .findFirst();
  }

  public boolean isEmpty() {
    return columns.isEmpty();
  }
}
