package dev.rocky.app.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.diagnostic.DiagnosticCode;
import dev.rocky.core.diagnostic.SourceSpan;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class DiagnosticRendererTest {
  private static final String SQL = "SELECT a,\n       b   \nFROM t\n";
  private static final Function<String, Optional<String>> SOURCES =
      f -> f.equals("m.sql") ? Optional.of(SQL) : Optional.empty();

  private static Diagnostic at(int line, int col, int length) {
    return Diagnostic.of(DiagnosticCode.E011, "wrong").withSpan(SourceSpan.at("m.sql", line, col, length));
  }

  @Test
  void colourWrapsTheSameTextInAnsiCodes() {
    Diagnostic d = at(2, 8, 1).withSuggestion("fix it");
    String coloured = new DiagnosticRenderer(SOURCES, true).render(List.of(d), 1);
    String plain = new DiagnosticRenderer(SOURCES, false).render(List.of(d), 1);

    assertThat(coloured).contains("\u001b[1;31merror[E011]\u001b[0m", "\u001b[1;34m-->\u001b[0m");
    assertThat(coloured.replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo(plain);
    assertThat(plain).doesNotContain("\u001b");
  }

  @Test
  void caretsStopAtTheEndOfTheLineAndLinesHaveNoTrailingSpaces() {
    String out = new DiagnosticRenderer(SOURCES, false).render(at(2, 8, 40));

    assertThat(out).contains(" 2 |        b\n   |        ^\n");
    assertThat(out.lines()).allSatisfy(l -> assertThat(l).doesNotEndWith(" "));
  }

  @Test
  void aSpanBeyondTheTextOrWithoutALineHasNoSnippet() {
    DiagnosticRenderer r = new DiagnosticRenderer(SOURCES, false);

    assertThat(r.render(at(9, 1, 1))).isEqualTo("error[E011]: wrong\n  --> m.sql:9:1\n");
    assertThat(r.render(Diagnostic.of(DiagnosticCode.W011, "stray").withSpan(SourceSpan.file("m.sql"))))
        .isEqualTo("warning[W011]: stray\n  --> m.sql\n");
  }

  @Test
  void aDiagnosticWithoutSpanNamesItsModel() {
    String out = new DiagnosticRenderer(SOURCES, false)
        .render(Diagnostic.of(DiagnosticCode.I001, "SELECT * used").withModel("stg").withSuggestion("list columns"));

    assertThat(out).isEqualTo("info[I001]: SELECT * used\n   = note: in model 'stg'\n   = help: list columns\n");
  }

  @Test
  void summaryCountsErrorsAndWarningsWithPlurals() {
    DiagnosticRenderer r = new DiagnosticRenderer(SOURCES, false);
    Diagnostic error = at(1, 1, 1);
    Diagnostic warning = Diagnostic.of(DiagnosticCode.W005, "w");

    assertThat(r.summary(List.of(error, error, warning), 3)).isEqualTo("error: could not compile: 2 errors, 1 warning");
    assertThat(r.summary(List.of(warning), 1)).isEqualTo("compiled 1 model: 0 errors, 1 warning");
    assertThat(r.summary(List.of(), 0)).isEqualTo("compiled 0 models: 0 errors, 0 warnings");
  }
}
