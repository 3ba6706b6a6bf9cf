package dev.rocky.app.quality;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What quarantine did to one table: an entry of Rocky's {@code quarantine}.
 *
 * @param labels the {@code _error_...} columns, one per quarantining assertion
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QuarantineResult(
    @JsonProperty("asset_key") List<String> assetKey,
    @JsonProperty("mode") String mode,
    @JsonProperty("valid_table") @Nullable String validTable,
    @JsonProperty("quarantine_table") @Nullable String quarantineTable,
    @JsonProperty("valid_rows") @Nullable Long validRows,
    @JsonProperty("quarantined_rows") @Nullable Long quarantinedRows,
    @JsonProperty("labels") List<String> labels,
    @JsonProperty("ok") boolean ok,
    @JsonProperty("error") @Nullable String error) {

  public QuarantineResult {
    assetKey = List.copyOf(assetKey);
    labels = List.copyOf(labels);
  }
}
