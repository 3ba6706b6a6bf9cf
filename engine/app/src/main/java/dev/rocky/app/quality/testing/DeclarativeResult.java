package dev.rocky.app.quality.testing;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One declarative test on the warehouse: Rocky's {@code DeclarativeTestResult}.
 *
 * @param status {@code pass}, {@code fail} (whatever the severity) or {@code error} (could not run)
 * @param detail e.g. {@code 3 failing rows}, or the error
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeclarativeResult(
    @JsonProperty("model") String model,
    @JsonProperty("table") String table,
    @JsonProperty("test_type") String testType,
    @JsonProperty("name") String name,
    @JsonProperty("column") @Nullable String column,
    @JsonProperty("severity") String severity,
    @JsonProperty("status") String status,
    @JsonProperty("detail") @Nullable String detail,
    @JsonProperty("sql") String sql) {

  /** The summary of a {@code rocky test --declarative}: Rocky's {@code DeclarativeTestSummary}. */
  public record Summary(
      @JsonProperty("total") int total,
      @JsonProperty("passed") int passed,
      @JsonProperty("failed") int failed,
      @JsonProperty("warned") int warned,
      @JsonProperty("errored") int errored,
      @JsonProperty("results") List<DeclarativeResult> results) {

    public Summary {
      results = List.copyOf(results);
    }

    public static Summary of(List<DeclarativeResult> results) {
      int passed = 0;
      int failed = 0;
      int warned = 0;
      int errored = 0;
      for (DeclarativeResult r : results) {
        switch (r.status()) {
          case "pass" -> passed++;
          case "error" -> errored++;
          default -> {
            if (r.severity().equals("warning")) {
              warned++;
            } else {
              failed++;
            }
          }
        }
      }
      return new Summary(results.size(), passed, failed, warned, errored, results);
    }

    /** Whether the run fails: an error-severity failure, or a test that could not run. */
    public boolean failing() {
      return failed > 0 || errored > 0;
    }
  }
}
