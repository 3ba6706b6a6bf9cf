package dev.rocky.catalog.data;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A pull request's lineage diff (and cost preview, when one was made): the changed models, each
 * changed column and the downstream columns that read it (its blast radius).
 */
public record PrData(String baseRef, String headRef, List<Model> models, @Nullable Double costDeltaUsd) {

  public PrData {
    Objects.requireNonNull(baseRef, "baseRef");
    Objects.requireNonNull(headRef, "headRef");
    models = List.copyOf(models);
  }

  /** {@code status}: added, modified, removed or unchanged. */
  public record Model(String name, String status, List<Column> columns) {
    public Model {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(status, "status");
      columns = List.copyOf(columns);
    }
  }

  /** {@code change}: added, removed or type_changed; {@code consumers} as {@code model.column}. */
  public record Column(String name, String change, @Nullable String oldType, @Nullable String newType,
      List<String> consumers, boolean breaking) {
    public Column {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(change, "change");
      consumers = List.copyOf(consumers);
    }
  }
}
