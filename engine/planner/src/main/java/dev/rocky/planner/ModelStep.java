package dev.rocky.planner;

import dev.rocky.core.project.Strategy;
import dev.rocky.core.types.ModelSchema;
import dev.rocky.planner.sql.TableName;
import java.util.List;
import java.util.Objects;

/**
 * One model to build in a run.
 *
 * @param model the model name
 * @param strategy how it is materialized (never ephemeral: ephemeral models get no step)
 * @param target the table or view it writes, branch schema applied
 * @param sql the SELECT as it is executed: trailing semicolons and comments cut, upstream models bound by
 *     name in a leading {@code WITH} (ephemeral ones inlined, the others to their physical tables); the
 *     time_interval placeholders {@code @start_date}/{@code @end_date} are still in it
 * @param schema the inferred output schema, possibly incomplete
 * @param inlined the ephemeral models bound in {@code sql}, in dependency order
 */
public record ModelStep(
    String model, Strategy strategy, TableName target, String sql, ModelSchema schema, List<String> inlined) {

  public ModelStep {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(sql, "sql");
    Objects.requireNonNull(schema, "schema");
    inlined = List.copyOf(inlined);
  }
}
