package dev.rocky.cli.quality;

import dev.rocky.app.quality.testing.DeclarativeResult;
import dev.rocky.app.quality.testing.ModelTestResult;
import dev.rocky.app.quality.testing.RowMismatch;
import dev.rocky.app.quality.testing.TestOutput;
import dev.rocky.app.quality.testing.UnitTestResult;
import dev.rocky.cli.output.HumanView;
import dev.rocky.cli.output.TextTable;
import java.io.PrintWriter;
import org.jspecify.annotations.Nullable;

/**
 * {@code rocky test} in table mode: the compiler's warnings, one row per model and test, then each
 * failure with its error and, for a unit test, its row diff; then one summary line.
 */
record TestView(TestOutput output, @Nullable HumanView diagnostics) implements HumanView {

  @Override
  public void render(PrintWriter out) {
    if (diagnostics != null) {
      diagnostics.render(out);
    }
    TextTable.Builder table = TextTable.builder("MODEL", "TEST", "STATUS").emptyMessage("nothing to test");
    for (ModelTestResult m : output.modelResults()) {
      table.row(m.model(), "(runs on the seed)", m.status());
    }
    if (output.unitTests() != null) {
      for (UnitTestResult u : output.unitTests().results()) {
        table.row(u.model(), u.test(), u.passed() ? "pass" : "fail");
      }
    }
    if (output.declarative() != null) {
      for (DeclarativeResult d : output.declarative().results()) {
        table.row(d.model(), d.name(), d.status().equals("fail") && d.severity().equals("warning") ? "warn" : d.status());
      }
    }
    table.build().render(out);
    failures(out);
    out.printf("%s: %d passed, %d failed of %d%n", output.failing() ? "Failure" : "Success", output.passed(),
        output.failed(), output.total());
  }

  private void failures(PrintWriter out) {
    for (ModelTestResult m : output.modelResults()) {
      if (!m.passed()) {
        out.printf("error: model %s: %s%n", m.model(), m.error());
      }
    }
    if (output.unitTests() != null) {
      for (UnitTestResult u : output.unitTests().results()) {
        if (u.passed()) {
          continue;
        }
        if (u.mismatches().isEmpty()) {
          out.printf("error: test %s::%s: %s%n", u.model(), u.test(), u.error());
          continue;
        }
        out.printf("error: test %s::%s: %d row%s differ%n", u.model(), u.test(), u.mismatches().size(),
            u.mismatches().size() == 1 ? "" : "s");
        for (RowMismatch r : u.mismatches()) {
          out.println(diffLine(r));
        }
      }
    }
    if (output.declarative() != null) {
      for (DeclarativeResult d : output.declarative().results()) {
        if (!d.status().equals("pass")) {
          out.printf("%s: %s::%s on %s: %s%n", d.severity().equals("warning") && d.status().equals("fail") ? "warning"
              : "error", d.model(), d.name(), d.table(), d.detail());
        }
      }
    }
  }

  /** A diff line: {@code - expected}, {@code + actual}, or both for a changed row. */
  static String diffLine(RowMismatch r) {
    String at = r.rowIndex() == null ? "" : "  [row " + r.rowIndex() + "]";
    return switch (r.kind()) {
      case MISSING -> "    - " + r.expected() + at;
      case EXTRA -> "    + " + r.actual() + at;
      case VALUE_DIFF -> "    - " + r.expected() + at + System.lineSeparator() + "    + " + r.actual() + at;
    };
  }
}
