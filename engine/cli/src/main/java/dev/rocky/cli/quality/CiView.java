package dev.rocky.cli.quality;

import dev.rocky.app.quality.testing.CiOutput;
import dev.rocky.cli.output.HumanView;
import java.io.PrintWriter;
import org.jspecify.annotations.Nullable;

/** {@code rocky ci} in table mode: the diagnostics, the tests (when the compile passed), one verdict line. */
record CiView(CiOutput output, HumanView diagnostics, @Nullable TestView tests) implements HumanView {

  @Override
  public void render(PrintWriter out) {
    if (tests != null) {
      new TestView(tests.output(), diagnostics).render(out);
    } else {
      diagnostics.render(out);
    }
    String verdict = switch (output.exitCode()) {
      case CiOutput.PASSED -> "ci passed";
      case CiOutput.WARNINGS -> "ci passed with warnings";
      default -> output.compileOk() ? "ci failed: " + output.testsFailed() + " test(s) failed"
          : "ci failed: the project does not compile";
    };
    out.printf("%s: %d models compiled, %d tests passed, %d failed (exit %d)%n", verdict, output.modelsCompiled(),
        output.testsPassed(), output.testsFailed(), output.exitCode());
  }
}
