package dev.rocky.compiler.check;

import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.diagnostic.DiagnosticCode;
import dev.rocky.core.diagnostic.SourceSpan;
import dev.rocky.core.project.Model;
import dev.rocky.core.project.Strategy;
import dev.rocky.core.project.Strategy.Granularity;
import dev.rocky.core.types.ModelSchema;
import dev.rocky.core.types.RockyType;
import dev.rocky.core.types.TypedColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Checks models materialized with {@code time_interval}: the time column (E020 not in the output,
 * E021 not DATE/TIMESTAMP, E022 nullable, E023 not a plain identifier, E025 hourly grain on a
 * DATE), the window placeholders (E024 neither, W003 only one of {@code @start_date} and
 * {@code @end_date}) and {@code first_partition} (E026 not a canonical key for the grain).
 *
 * <p>No false positives: E020 needs a complete schema, and E021, E022 and E025 are skipped when the
 * column's type is Unknown. After E023 the column is not checked further, since it could not be
 * used in generated SQL anyway. Placeholders in comments do not count.
 */
public final class TimeIntervalChecker {
  private static final Pattern IDENTIFIER = Pattern.compile("^[a-zA-Z0-9_]+$");
  private static final String START = "@start_date";
  private static final String END = "@end_date";

  private final Spans spans;

  /** {@code texts} gives the sidecars' text, to point at the offending key. */
  public TimeIntervalChecker(SourceTexts texts) {
    this.spans = new Spans(texts);
  }

  /** Checks every time-interval model, in the order given; other models are ignored. */
  public List<Diagnostic> check(List<Model> models, Map<String, ModelSchema> schemas) {
    List<Diagnostic> out = new ArrayList<>();
    for (Model model : models) {
      if (model.strategy() instanceof Strategy.TimeInterval interval) {
        out.addAll(check(model, interval, schemas.get(model.name())));
      }
    }
    return List.copyOf(out);
  }

  private List<Diagnostic> check(Model model, Strategy.TimeInterval interval, @Nullable ModelSchema schema) {
    List<Diagnostic> out = new ArrayList<>();
    checkTimeColumn(model, interval, schema, out);
    checkPlaceholders(model, interval.timeColumn(), out);
    String first = interval.firstPartition();
    Granularity grain = interval.granularity();
    if (first != null && !PartitionKeys.isCanonical(first, grain)) {
      String fix = PartitionKeys.canonicalize(first, grain).orElse(PartitionKeys.example(grain));
      out.add(finding(DiagnosticCode.E026, model,
          "first_partition '" + first + "' is not a canonical " + name(grain) + " key (" + PartitionKeys.shape(grain) + ")",
          spans.strategyValue(model, "first_partition"),
          "write first_partition = \"" + fix + "\""));
    }
    return out;
  }

  private void checkTimeColumn(Model model, Strategy.TimeInterval interval, @Nullable ModelSchema schema, List<Diagnostic> out) {
    String column = interval.timeColumn();
    SourceSpan at = spans.strategyValue(model, "time_column");
    if (!IDENTIFIER.matcher(column).matches()) {
      out.add(finding(DiagnosticCode.E023, model,
          "time_column '" + column + "' is not a plain identifier (letters, digits and underscores only)", at,
          "alias the column in the SELECT list (... AS " + column.replaceAll("[^a-zA-Z0-9_]", "_")
              + ") and set time_column to that name"));
      return;
    }
    Optional<TypedColumn> found = schema == null ? Optional.empty() : schema.column(column);
    if (found.isEmpty()) {
      if (schema != null && schema.complete()) {
        List<String> names = schema.columns().stream().map(TypedColumn::name).toList();
        out.add(finding(DiagnosticCode.E020, model,
            "time_column '" + column + "' is not in the output of model '" + model.name() + "'", at,
            "select '" + column + "' in " + model.sqlFile() + " or set time_column to one of its output columns"
                + Names.didYouMean(column, names)));
      }
      return;
    }
    RockyType type = found.get().type();
    if (type.isUnknown()) {
      return;
    }
    if (!type.isTemporal()) {
      out.add(finding(DiagnosticCode.E021, model,
          "time_column '" + column + "' is " + type.display() + ", not DATE, TIMESTAMP or TIMESTAMP_NTZ", at,
          "select CAST(" + column + " AS TIMESTAMP) AS " + column + ", or pick a date or timestamp column"));
    }
    if (found.get().nullable()) {
      out.add(finding(DiagnosticCode.E022, model,
          "time_column '" + column + "' is nullable; rows where it is NULL belong to no partition", at,
          "filter with WHERE " + column + " IS NOT NULL, or COALESCE it to a default"));
    }
    if (type == RockyType.DATE && interval.granularity() == Granularity.HOUR) {
      out.add(finding(DiagnosticCode.E025, model,
          "granularity 'hour' on DATE column '" + column + "': a date has no hours",
          spans.strategyValue(model, "granularity"),
          "set granularity = \"day\", or make " + column + " a TIMESTAMP"));
    }
  }

  private void checkPlaceholders(Model model, String column, List<Diagnostic> out) {
    String code = SqlText.withoutComments(model.sql());
    int start = SqlText.findWord(code, START, 0, false);
    int end = SqlText.findWord(code, END, 0, false);
    if (start < 0 && end < 0) {
      out.add(finding(DiagnosticCode.E024, model,
          "time_interval model '" + model.name() + "' uses neither @start_date nor @end_date, so every partition reads all rows",
          spans.strategyValue(model, "type"),
          "filter the SQL with WHERE " + column + " >= @start_date AND " + column + " < @end_date"));
    } else if (start < 0 || end < 0) {
      boolean hasStart = start >= 0;
      String present = hasStart ? START : END;
      String missing = hasStart ? END : START;
      out.add(finding(DiagnosticCode.W003, model,
          "model '" + model.name() + "' uses " + present + " but not " + missing + ", so the window is unbounded "
              + (hasStart ? "above" : "below"),
          Spans.sql(model, hasStart ? start : end, present.length()),
          "add " + (hasStart ? "AND " + column + " < @end_date" : "AND " + column + " >= @start_date")
              + " to the filter"));
    }
  }

  private static String name(Granularity grain) {
    return switch (grain) {
      case HOUR -> "hour";
      case DAY -> "day";
      case MONTH -> "month";
      case YEAR -> "year";
    };
  }

  private static Diagnostic finding(DiagnosticCode code, Model model, String message, SourceSpan span, String suggestion) {
    return Diagnostic.of(code, message).withModel(model.name()).withSpan(span).withSuggestion(suggestion);
  }
}
