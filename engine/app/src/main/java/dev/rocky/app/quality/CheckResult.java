package dev.rocky.app.quality;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.rocky.planner.quality.CheckSeverity;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One check of one table, as Rocky writes it: {@code name}, {@code passed}, {@code severity}, then
 * the check's own figures flattened into the object ({@code target_count}, {@code failing_rows},
 * {@code lag_seconds}, ...). {@code not_evaluated} says why a check could not run; such a check
 * never passes and its figures are not measurements.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"name", "passed", "severity", "not_evaluated"})
public record CheckResult(
    @JsonProperty("name") String name,
    @JsonProperty("passed") boolean passed,
    @JsonProperty("severity") CheckSeverity severity,
    @JsonProperty("not_evaluated") @Nullable String notEvaluated,
    @JsonIgnore Map<String, @Nullable Object> details) {

  public CheckResult {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(severity, "severity");
    details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    if (notEvaluated != null && passed) {
      throw new IllegalArgumentException(name + ": a check that could not run never passes");
    }
  }

  public static CheckResult measured(String name, boolean passed, CheckSeverity severity, Map<String, @Nullable Object> details) {
    return new CheckResult(name, passed, severity, null, details);
  }

  /** A check that could not run: it fails at severity error, whatever its configured severity. */
  public static CheckResult notEvaluated(String name, String reason, Map<String, @Nullable Object> details) {
    return new CheckResult(name, false, CheckSeverity.ERROR, reason, details);
  }

  /** The figures, flattened into the JSON object. */
  @JsonAnyGetter
  public Map<String, @Nullable Object> flattened() {
    return details;
  }
}
