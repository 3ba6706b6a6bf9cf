package dev.rocky.compiler.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.diagnostic.DiagnosticCode;
import org.junit.jupiter.api.Test;

/** Syntax errors are E004s that point at the offending token, say what was expected, and help. */
class DslErrorTest {

  private static Diagnostic error(String text) {
    RockyDsl.Result result = RockyDsl.lower("models/bad.rocky", text);
    assertThat(result).isInstanceOf(RockyDsl.Failed.class);
    Diagnostic d = ((RockyDsl.Failed) result).diagnostic();
    assertThat(d.code()).isEqualTo(DiagnosticCode.E004);
    assertThat(d.span()).isNotNull();
    assertThat(d.span().file()).isEqualTo("models/bad.rocky");
    return d;
  }

  @Test
  void aMissingColonPointsAtTheLineAndColumnOfWhatWasFound() {
    Diagnostic d = error("""
        from orders
        where status == "completed"
        derive { total amount * 2 }
        """);
    assertThat(d.message()).isEqualTo("Rocky DSL: expected `:` after `total`, found `amount`");
    assertThat(d.span().line()).isEqualTo(3);
    assertThat(d.span().col()).isEqualTo(16);
    assertThat(d.span().length()).isEqualTo(6);
    assertThat(d.suggestion()).isEqualTo("write `total: <expression>`");
  }

  @Test
  void anUnknownStepSuggestsTheRockyWord() {
    Diagnostic d = error("from orders\n  filter amount > 0\n");
    assertThat(d.message()).startsWith("Rocky DSL: expected a pipeline step (from, where,").endsWith("found `filter`");
    assertThat(d.span().line()).isEqualTo(2);
    assertThat(d.span().col()).isEqualTo(3);
    assertThat(d.suggestion()).isEqualTo("Rocky writes `where` for `filter`");
    assertThat(error("from orders\nderiv { a: 1 }").suggestion()).isEqualTo("did you mean `derive`?");
  }

  @Test
  void aSingleEqualsInAComparisonIsExplained() {
    Diagnostic d = error("from orders\nwhere status = \"x\"");
    assertThat(d.message()).isEqualTo("Rocky DSL: `=` is not a comparison");
    assertThat(d.span().line()).isEqualTo(2);
    assertThat(d.span().col()).isEqualTo(14);
    assertThat(d.suggestion()).contains("==");
  }

  @Test
  void literalsAreChecked() {
    Diagnostic date = error("from t\nwhere d >= @2025-02-30");
    assertThat(date.message()).isEqualTo("Rocky DSL: `@2025-02-30` is not a real date");
    assertThat(date.span().col()).isEqualTo(12);
    assertThat(error("from t\nwhere s == \"open").message()).isEqualTo("Rocky DSL: unterminated string");
    assertThat(error("from t\nwhere a <> b").suggestion()).contains("IS DISTINCT FROM");
    assertThat(error("from t | take 1.5").message()).contains("whole number");
    assertThat(error("from t\nwhere a == @foo").message()).contains("unknown `@` literal");
    assertThat(error("from t\nwhere a in []").message()).contains("at least one value");
  }

  @Test
  void pipelineShapeIsChecked() {
    Diagnostic noFrom = error("where a > 1");
    assertThat(noFrom.message()).isEqualTo("Rocky DSL: expected `from` to start the pipeline, found keyword `where`");
    assertThat(noFrom.span().line()).isEqualTo(1);
    Diagnostic twoFroms = error("from a\nfrom b");
    assertThat(twoFroms.message()).isEqualTo("Rocky DSL: a pipeline has one `from`");
    assertThat(twoFroms.span().line()).isEqualTo(2);
    assertThat(error("").message()).contains("expected a pipeline starting with `from`, found end of file");
    assertThat(error("from t\njoin u").message()).contains("expected `on`");
    assertThat(error("from t\nwhere sum(a) > 1").message()).contains("aggregate or window");
    assertThat(error("from t\nderive { x: match a { _ => 1 } }").message()).contains("at least one arm");
    assertThat(error("from t\nselect { group }").suggestion()).contains("keyword");
  }

  @Test
  void deepNestingIsRefusedNotAStackOverflow() {
    String deep = "(".repeat(5000) + "1" + ")".repeat(5000);
    assertThat(error("from t\nwhere a == " + deep).message()).contains("nested too deeply");
  }
}
