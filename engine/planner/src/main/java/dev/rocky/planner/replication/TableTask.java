package dev.rocky.planner.replication;

import dev.rocky.planner.sql.TableName;
import java.util.List;
import java.util.Objects;

/**
 * One table a replication run copies: from {@code source} to {@code target} with {@code strategy}.
 *
 * @param sourceId the discovered source's id (a connection id, or the schema)
 * @param assetKey {@code [source_type, ...component values, table]}
 */
public record TableTask(String sourceId, TableName source, TableName target, List<String> assetKey,
    SchemaComponents components, CopyStrategy strategy) {

  public TableTask {
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    assetKey = List.copyOf(assetKey);
    Objects.requireNonNull(components, "components");
    Objects.requireNonNull(strategy, "strategy");
  }

  /** The target's {@code catalog.schema.table}: the key of its watermark. */
  public String targetKey() {
    return target.qualifiedName();
  }
}
