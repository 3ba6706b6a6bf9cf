package dev.rocky.bench;

import java.util.List;
import java.util.Set;

/** Which of a model's known columns can serve as a measure, a dimension or an event time. */
final class Roles {
  private static final Set<String> NOT_MEASURES = Set.of("id", "ref_id", "row_num", "measure_rank");

  private Roles() {}

  static List<Column> measures(GeneratedModel m) {
    return m.columns(c -> c.type().numeric() && !NOT_MEASURES.contains(c.name()));
  }

  static List<Column> dimensions(GeneratedModel m) {
    return m.columns(c -> c.type().family() == ColumnType.Family.STRING);
  }

  static List<Column> times(GeneratedModel m) {
    return m.columns(c -> c.type().family() == ColumnType.Family.TIMESTAMP);
  }

  /** The entity a model is about: {@code orders} for {@code stg_orders_17}. */
  static String entity(String modelName) {
    int first = modelName.indexOf('_');
    int second = modelName.indexOf('_', first + 1);
    return modelName.substring(first + 1, second);
  }

  static String singular(String entity) {
    return entity.endsWith("s") ? entity.substring(0, entity.length() - 1) : entity;
  }
}
