package dev.rocky.app.govern;

import dev.rocky.core.config.GovernanceConfig;
import dev.rocky.core.project.Model;
import dev.rocky.core.types.TypedColumn;
import dev.rocky.planner.sql.TableName;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A model as governance sees it: the table (or view) it is materialized as, its columns (as the
 * warehouse describes them when it can, else as inferred), and its pipeline's
 * {@code [pipeline.NAME.target.governance]}.
 *
 * @param pipeline the transformation pipeline the model belongs to
 */
public record GovernTarget(Model model, TableName table, boolean view, List<TypedColumn> columns, String pipeline,
    GovernanceConfig governance) {

  public GovernTarget {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(table, "table");
    columns = List.copyOf(columns);
    Objects.requireNonNull(pipeline, "pipeline");
    Objects.requireNonNull(governance, "governance");
  }

  public String name() {
    return model.name();
  }

  /** The column as the table spells it (case-insensitive lookup). */
  public Optional<TypedColumn> column(String name) {
    return columns.stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst();
  }

  /** The same target with other columns (the warehouse's, read after the model was built). */
  public GovernTarget withColumns(List<TypedColumn> actual) {
    return new GovernTarget(model, table, view, actual, pipeline, governance);
  }
}
