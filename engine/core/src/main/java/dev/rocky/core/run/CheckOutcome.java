package dev.rocky.core.run;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * One data-quality check of a run, as the run record keeps it (Rocky's {@code check_outcomes}):
 * its name ({@code not_null:customer_id}, {@code row_count}, ...) and whether it passed.
 *
 * @param table the checked table, {@code catalog.schema.table} or {@code schema.table}
 */
public record CheckOutcome(
    @JsonProperty("name") String name,
    @JsonProperty("passed") boolean passed,
    @JsonProperty("table") String table) {

  public CheckOutcome {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(table, "table");
  }
}
