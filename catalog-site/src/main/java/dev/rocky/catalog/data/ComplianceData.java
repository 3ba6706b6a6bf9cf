package dev.rocky.catalog.data;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Classified columns and how each is masked: {@code strategy} is {@code hash}, {@code redact},
 * {@code partial}, {@code none} or {@code unresolved}; {@code exception} says why an unmasked
 * column is an exception (null when it is not one).
 */
public record ComplianceData(List<Row> rows) {

  public ComplianceData {
    rows = List.copyOf(rows);
  }

  public record Row(String model, String column, String classification, String strategy, boolean enforced,
      @Nullable String exception) {
    public Row {
      Objects.requireNonNull(model, "model");
      Objects.requireNonNull(column, "column");
      Objects.requireNonNull(classification, "classification");
      Objects.requireNonNull(strategy, "strategy");
    }
  }
}
