package dev.rocky.app.quality.testing;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.diagnostic.Severity;
import java.util.List;

/**
 * What {@code rocky ci -o json} prints after {@code version} and {@code command}: Rocky's
 * {@code CiOutput}. {@code exit_code} is 0 when everything passed without warnings, 4 when it
 * passed with compiler warnings, 1 when the compile or a test failed.
 */
public record CiOutput(
    @JsonProperty("compile_ok") boolean compileOk,
    @JsonProperty("tests_ok") boolean testsOk,
    @JsonProperty("models_compiled") int modelsCompiled,
    @JsonProperty("tests_passed") int testsPassed,
    @JsonProperty("tests_failed") int testsFailed,
    @JsonProperty("exit_code") int exitCode,
    @JsonProperty("diagnostics") List<Diagnostic> diagnostics,
    @JsonProperty("failures") List<TestOutput.Failure> failures) {

  public CiOutput {
    diagnostics = List.copyOf(diagnostics);
    failures = List.copyOf(failures);
  }

  /** Exit codes of {@code rocky ci}. */
  public static final int PASSED = 0;
  public static final int FAILED = 1;
  public static final int WARNINGS = 4;

  /** A compile that failed: no test ran. */
  public static CiOutput compileFailed(int models, List<Diagnostic> diagnostics) {
    return new CiOutput(false, false, models, 0, 0, FAILED, diagnostics, List.of());
  }

  public static CiOutput of(int models, TestOutput tests) {
    boolean warnings = tests.diagnostics().stream().anyMatch(d -> d.severity() == Severity.Warning);
    int exit = tests.failing() ? FAILED : warnings ? WARNINGS : PASSED;
    return new CiOutput(true, !tests.failing(), models, tests.passed(), tests.failed(), exit, tests.diagnostics(),
        tests.failures());
  }
}
