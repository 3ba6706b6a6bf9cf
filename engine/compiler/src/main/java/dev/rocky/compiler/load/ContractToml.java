package dev.rocky.compiler.load;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A {@code <model>.contract.toml} as written: {@code [[columns]]} and {@code [rules]}. */
record ContractToml(
    @JsonProperty("columns") @Nullable List<Column> columns,
    @JsonProperty("rules") @Nullable Rules rules) {

  record Column(
      @JsonProperty(value = "name", required = true) String name,
      @JsonProperty("type") @Nullable String type,
      @JsonProperty("nullable") @Nullable Boolean nullable,
      @JsonProperty("description") @Nullable String description) {}

  record Rules(
      @JsonProperty("required") @Nullable List<String> required,
      @JsonProperty("protected") @Nullable List<String> protectedColumns,
      @JsonProperty("no_new_nullable") @Nullable Boolean noNewNullable) {}
}
