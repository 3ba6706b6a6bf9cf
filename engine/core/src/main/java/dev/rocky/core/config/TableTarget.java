package dev.rocky.core.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * An adapter and one table (or, for load targets without {@code table}, a schema): the source and
 * target of snapshot pipelines and the target of load pipelines. {@code governance} applies to
 * targets only.
 */
public record TableTarget(
    @JsonProperty("adapter") String adapter,
    @JsonProperty("catalog") @Nullable String catalog,
    @JsonProperty("schema") @Nullable String schema,
    @JsonProperty("table") @Nullable String table,
    @JsonProperty("governance") GovernanceConfig governance) {

  public TableTarget {
    adapter = Values.or(adapter, RockyConfig.DEFAULT_ADAPTER);
    governance = Values.or(governance, GovernanceConfig.defaults());
  }

  static TableTarget unset() {
    return new TableTarget(null, null, null, null, null);
  }

  /** {@code catalog.schema.table} of the parts that are set. */
  public String qualifiedName() {
    StringBuilder b = new StringBuilder();
    for (String part : new String[] {catalog, schema, table}) {
      if (part != null && !part.isEmpty()) {
        if (b.length() > 0) {
          b.append('.');
        }
        b.append(part);
      }
    }
    return b.toString();
  }
}
