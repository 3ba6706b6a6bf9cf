package dev.rocky.app.quality.testing;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.rocky.core.diagnostic.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What {@code rocky test -o json} prints after {@code version} and {@code command}: Rocky's
 * {@code TestOutput}. {@code total}, {@code passed} and {@code failed} count the models executed
 * and the unit tests; {@code failures} names each failure with its error.
 *
 * @param unitTests present when some model declares a {@code [[test]]}
 * @param declarative present with {@code --declarative}
 * @param diagnostics the compile's warnings and infos (errors stop the command before)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TestOutput(
    @JsonProperty("total") int total,
    @JsonProperty("passed") int passed,
    @JsonProperty("failed") int failed,
    @JsonProperty("failures") List<Failure> failures,
    @JsonProperty("model_results") List<ModelTestResult> modelResults,
    @JsonProperty("unit_tests") @Nullable UnitTests unitTests,
    @JsonProperty("declarative") DeclarativeResult.@Nullable Summary declarative,
    @JsonProperty("diagnostics") List<Diagnostic> diagnostics) {

  public TestOutput {
    failures = List.copyOf(failures);
    modelResults = List.copyOf(modelResults);
    diagnostics = List.copyOf(diagnostics);
  }

  /** A failed model or test: {@code model}, {@code model::test}, or {@code model::type:column}. */
  public record Failure(@JsonProperty("name") String name, @JsonProperty("error") String error) {}

  /** Rocky's {@code UnitTestSummary}. */
  public record UnitTests(
      @JsonProperty("total") int total,
      @JsonProperty("passed") int passed,
      @JsonProperty("failed") int failed,
      @JsonProperty("results") List<UnitTestResult> results) {

    public UnitTests {
      results = List.copyOf(results);
    }

    public static UnitTests of(List<UnitTestResult> results) {
      int passed = (int) results.stream().filter(UnitTestResult::passed).count();
      return new UnitTests(results.size(), passed, results.size() - passed, results);
    }
  }

  /** The local run: the models executed and the unit tests. */
  public static TestOutput local(List<ModelTestResult> models, List<UnitTestResult> unitTests,
      List<Diagnostic> diagnostics) {
    List<Failure> failures = new ArrayList<>();
    models.stream().filter(m -> !m.passed()).forEach(m -> failures.add(new Failure(m.model(), String.valueOf(m.error()))));
    unitTests.stream().filter(u -> !u.passed())
        .forEach(u -> failures.add(new Failure(u.model() + "::" + u.test(), String.valueOf(u.error()))));
    int total = models.size() + unitTests.size();
    return new TestOutput(total, total - failures.size(), failures.size(), failures, models,
        unitTests.isEmpty() ? null : UnitTests.of(unitTests), null, diagnostics);
  }

  /** The declarative run against the warehouse. */
  public static TestOutput declarative(DeclarativeResult.Summary summary, List<Diagnostic> diagnostics) {
    List<Failure> failures = new ArrayList<>();
    summary.results().stream().filter(r -> !r.status().equals("pass"))
        .forEach(r -> failures.add(new Failure(r.model() + "::" + r.name(), r.status() + ": " + r.detail())));
    return new TestOutput(summary.total(), summary.passed(), summary.total() - summary.passed(), failures, List.of(),
        null, summary, diagnostics);
  }

  /** Whether the command fails (exit 1). */
  public boolean failing() {
    return declarative != null ? declarative.failing() : failed > 0;
  }
}
