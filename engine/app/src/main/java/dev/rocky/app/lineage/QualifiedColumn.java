package dev.rocky.app.lineage;

import dev.rocky.core.lineage.ColumnRef;
import java.util.Objects;

/** Rocky's {@code {model, column}} pair on the wire; {@code model} is a source's qualified name for a source column. */
public record QualifiedColumn(String model, String column) {
  public QualifiedColumn {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(column, "column");
  }

  public static QualifiedColumn of(ColumnRef ref) {
    return new QualifiedColumn(ref.model(), ref.column());
  }
}
