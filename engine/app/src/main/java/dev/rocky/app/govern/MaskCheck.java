package dev.rocky.app.govern;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.jspecify.annotations.Nullable;

/**
 * A classified column after the masks were applied, as read back from the warehouse: the mask it
 * should have, the one found, and whether that is the one intended.
 *
 * @param found what the warehouse reports (a mask function or policy name, a view column's mark), or null for nothing
 * @param problem why the column is not masked as intended, or null when it is
 */
@JsonPropertyOrder({"model", "column", "classification", "expected", "found", "enforced", "problem"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MaskCheck(
    @JsonProperty("model") String model,
    @JsonProperty("column") String column,
    @JsonProperty("classification") String classification,
    @JsonProperty("expected") String expected,
    @JsonProperty("found") @Nullable String found,
    @JsonProperty("enforced") boolean enforced,
    @JsonProperty("problem") @Nullable String problem) {

  static MaskCheck ok(ColumnMask m, @Nullable String found) {
    return new MaskCheck(m.model(), m.column(), m.classification(), m.applied(), found, true, null);
  }

  static MaskCheck failed(ColumnMask m, @Nullable String found, String problem) {
    return new MaskCheck(m.model(), m.column(), m.classification(), m.applied(), found, false, problem);
  }
}
