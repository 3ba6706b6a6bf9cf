package dev.rocky.app.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.diagnostic.DiagnosticCode;
import dev.rocky.core.diagnostic.SourceSpan;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DiagnosticRendererGoldenTest {
  private static final String FCT_REVENUE = """
      -- revenue per customer
      -- owned by finance
      SELECT customer_id, SUM(amount) AS total
      FROM stg_orders
      GROUP BY customer_id
      """;
  private static final String LONG_MODEL = IntStream.rangeClosed(1, 120)
      .mapToObj(i -> i == 112 ? "\tWHERE event_ts >= @start_date" : "-- line " + i)
      .collect(Collectors.joining("\n", "", "\n"));
  private static final Map<String, String> FILES = Map.of(
      "models/fct_revenue.sql", FCT_REVENUE,
      "models/events.sql", LONG_MODEL);
  private static final Function<String, Optional<String>> SOURCES = f -> Optional.ofNullable(FILES.get(f));

  private static final Diagnostic E010 = Diagnostic.of(DiagnosticCode.E010,
          "required column 'revenue' missing from model output")
      .withModel("fct_revenue")
      .withSpan(SourceSpan.at("models/fct_revenue.sql", 3, 8, 11))
      .withSuggestion("add 'revenue' to the SELECT list or remove it from [rules] required");
  private static final Diagnostic W003 = Diagnostic.of(DiagnosticCode.W003,
          "model 'events' uses @start_date but not @end_date, so the window is unbounded above")
      .withModel("events")
      .withSpan(SourceSpan.at("models/events.sql", 112, 20, 11))
      .withSuggestion("add AND event_ts < @end_date to the filter");
  private static final Diagnostic W011 = Diagnostic.of(DiagnosticCode.W011,
          "contract models/fct_revenu.contract.toml is for model 'fct_revenu', which is not in the project")
      .withModel("fct_revenu")
      .withSpan(SourceSpan.file("models/fct_revenu.contract.toml"))
      .withSuggestion("rename the contract to fct_revenue.contract.toml if it is for model 'fct_revenue', or delete it");
  private static final Diagnostic I002 = Diagnostic.of(DiagnosticCode.I002,
          "2 of 5 output columns of model 'stg_events' have an unknown type")
      .withModel("stg_events");

  private final DiagnosticRenderer plain = new DiagnosticRenderer(SOURCES, false);

  @Test
  void errorWithSnippetMatchesTheHouseExample() {
    String rendered = plain.render(E010);

    assertThat(rendered).isEqualTo("""
        error[E010]: required column 'revenue' missing from model output
          --> models/fct_revenue.sql:3:8
           |
         3 | SELECT customer_id, SUM(amount) AS total
           |        ^^^^^^^^^^^
           |
           = help: add 'revenue' to the SELECT list or remove it from [rules] required
        """);
    GoldenFile.assertMatches("render/01-error-with-snippet.txt", rendered);
  }

  @Test
  void threeDigitLinesWidenTheGutterAndTabsKeepCaretsAligned() {
    GoldenFile.assertMatches("render/02-wide-gutter.txt", plain.render(W003));
  }

  @Test
  void withoutSourceTextTheSnippetIsLeftOut() {
    DiagnosticRenderer blind = new DiagnosticRenderer(f -> Optional.empty(), false);

    GoldenFile.assertMatches("render/03-no-source.txt", blind.render(E010) + "\n" + blind.render(W003));
  }

  @Test
  void aFailingReportEndsWithTheErrorSummary() {
    String report = plain.render(List.of(E010, W003, W011, I002), 12);

    assertThat(report).endsWith("error: could not compile: 1 error, 2 warnings\n");
    GoldenFile.assertMatches("render/04-failing-report.txt", report);
  }

  @Test
  void aCleanReportCountsTheModels() {
    String report = plain.render(List.of(W011), 12);

    assertThat(report).endsWith("compiled 12 models: 0 errors, 1 warning\n");
    GoldenFile.assertMatches("render/05-clean-report.txt", report);
  }
}
