package dev.rocky.core.source;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One source a discovery found: a schema in the warehouse that a connector (or a declaration) fills.
 *
 * @param id the source's id in its system (a Fivetran connection id; the schema name elsewhere)
 * @param schema the schema the source's tables live in, as the warehouse names it
 * @param sourceType the kind of source, e.g. {@code fivetran} or {@code manual}
 * @param lastSyncAt when the source last synced, when its system says
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "schema", "source_type", "last_sync_at", "tables"})
public record DiscoveredSource(
    @JsonProperty("id") String id,
    @JsonProperty("schema") String schema,
    @JsonProperty("source_type") String sourceType,
    @JsonProperty("last_sync_at") @Nullable Instant lastSyncAt,
    @JsonProperty("tables") List<DiscoveredTable> tables) {

  public DiscoveredSource {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(sourceType, "sourceType");
    tables = List.copyOf(tables);
  }
}
