package dev.rocky.app.ai;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One test the model proposed and how it fared on DuckDB.
 *
 * @param kind {@code tests} (a declarative assertion) or {@code test} (a unit test)
 * @param name the unit test's name, or the assertion's type and column
 * @param kept whether it passed, and so goes into the sidecar
 * @param detail why it was dropped, or null
 * @param definition the test's table as proposed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Proposal(
    @JsonProperty("kind") String kind,
    @JsonProperty("name") String name,
    @JsonProperty("kept") boolean kept,
    @JsonProperty("detail") @Nullable String detail,
    @JsonProperty("definition") Map<String, Object> definition) {

  public static final String DECLARATIVE = "tests";
  public static final String UNIT = "test";

  public Proposal {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
  }
}
