package dev.rocky.app.quality.testing;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * One row that differs between a unit test's expected and actual output, rendered
 * {@code col=val, col=val}.
 *
 * @param rowIndex the position (ordered tests), or null for a multiset
 * @param expected the expected row ({@code ""} for an extra row)
 * @param actual the actual row, or null for a missing one
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RowMismatch(
    @JsonProperty("row_index") @Nullable Integer rowIndex,
    @JsonProperty("expected") String expected,
    @JsonProperty("actual") @Nullable String actual,
    @JsonProperty("kind") Kind kind) {

  public enum Kind {
    /** Expected and not returned. */
    @JsonProperty("missing") MISSING,
    /** Returned and not expected. */
    @JsonProperty("extra") EXTRA,
    /** The row at this position has other values. */
    @JsonProperty("value_diff") VALUE_DIFF
  }

  /** One line for a person, e.g. {@code missing row: customer_id=7, total_amount=15.25}. */
  public String describe() {
    String at = rowIndex == null ? "" : " " + rowIndex;
    return switch (kind) {
      case MISSING -> "missing row" + at + ": " + expected;
      case EXTRA -> "unexpected row" + at + ": " + actual;
      case VALUE_DIFF -> "row" + at + ": expected " + expected + ", got " + actual;
    };
  }
}
