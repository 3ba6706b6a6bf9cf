package dev.rocky.core.source;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A table of a discovered source, with its row count when the source's system reports one. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DiscoveredTable(@JsonProperty("name") String name, @JsonProperty("row_count") @Nullable Long rowCount) {
  public DiscoveredTable {
    Objects.requireNonNull(name, "name");
  }

  public static DiscoveredTable named(String name) {
    return new DiscoveredTable(name, null);
  }
}
