package dev.rocky.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.diagnostic.DiagnosticCode;
import dev.rocky.core.diagnostic.SourceSpan;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiagnosticsViewTest {
  @TempDir Path project;

  private String render(DiagnosticsView view) {
    StringWriter buffer = new StringWriter();
    PrintWriter out = new PrintWriter(buffer);
    view.render(out);
    out.flush();
    return buffer.toString().replace(System.lineSeparator(), "\n");
  }

  @Test
  void rendersLikeRustcWithTheSourceLineAndCarets() throws Exception {
    Files.createDirectories(project.resolve("models"));
    Files.writeString(project.resolve("models/fct_revenue.sql"),
        "SELECT\n    customer_id,\n    SUM(amount) AS total,\n    MAX(paid_at) AS last_paid_at\nFROM fct_payments\n");
    Diagnostic d = Diagnostic.of(DiagnosticCode.E010, "required column 'revenue' is missing from the output of model 'fct_revenue'")
        .withModel("fct_revenue")
        .withSpan(SourceSpan.at("models/fct_revenue.sql", 3, 20, 5))
        .withSuggestion("name the column 'revenue' again, or change the contract");

    assertThat(render(new DiagnosticsView(List.of(d), project, "1 error"))).isEqualTo("""
        error[E010]: required column 'revenue' is missing from the output of model 'fct_revenue'
          --> models/fct_revenue.sql:3:20
           |
         3 |     SUM(amount) AS total,
           |                    ^^^^^
           |
           = help: name the column 'revenue' again, or change the contract

        1 error
        """);
  }

  @Test
  void leavesOutWhatItCannotShow() {
    Diagnostic noSpan = Diagnostic.of(DiagnosticCode.W011, "contract for unknown model 'gone'");
    Diagnostic missingFile = Diagnostic.of(DiagnosticCode.E004, "parse error").withSpan(SourceSpan.at("models/x.sql", 12, 1));
    assertThat(render(new DiagnosticsView(List.of(noSpan, missingFile), project, null))).isEqualTo("""
        warning[W011]: contract for unknown model 'gone'

        error[E004]: parse error
          --> models/x.sql:12:1

        """);
  }
}
