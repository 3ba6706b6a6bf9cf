package dev.rocky.app.quality;

import dev.rocky.planner.quality.Assertion;
import dev.rocky.planner.quality.AssertionKind;
import dev.rocky.planner.quality.CheckSeverity;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads Rocky's assertion tables: {@code type} and its parameters, {@code column},
 * {@code severity} ({@code error} by default), {@code filter}, {@code name} and
 * {@code fail_on_error}. Pipeline assertions also carry their {@code table}.
 */
public final class AssertionParser {
  private static final Set<String> COMMON = Set.of("type", "column", "severity", "filter", "name", "fail_on_error");

  private AssertionParser() {}

  /** A pipeline's {@code [[checks.assertions]]} entry: an assertion on {@code table}. */
  public record PipelineAssertion(String table, Assertion assertion) {}

  public static PipelineAssertion pipeline(Map<String, ?> values, String where) {
    RawTable raw = RawTable.of(values, where);
    return new PipelineAssertion(raw.string("table"), parse(raw, Set.of("table")));
  }

  /** A model's {@code [[tests]]} entry (no table: it is the model's). */
  public static Assertion modelTest(Map<String, ?> values, String where) {
    return parse(RawTable.of(values, where), Set.of("description"));
  }

  static Assertion parse(RawTable raw, Set<String> extraKeys) {
    String type = raw.string("type").toLowerCase(Locale.ROOT);
    Set<String> allowed = new HashSet<>(COMMON);
    allowed.addAll(extraKeys);
    allowed.addAll(parameters(type, raw));
    raw.onlyKeys(allowed);
    AssertionKind kind = kind(type, raw);
    String severityText = raw.optString("severity");
    CheckSeverity severity = severityText == null ? CheckSeverity.ERROR : CheckSeverity.parse(severityText)
        .orElseThrow(() -> raw.invalid("severity must be \"error\" or \"warning\", not \"" + severityText + "\""));
    String column = raw.optString("column");
    if (kind.needsColumn() && (column == null || column.isBlank())) {
      throw raw.invalid(type + " needs a 'column'");
    }
    return new Assertion(raw.optString("name"), kind, column, severity, raw.optString("filter"),
        raw.optBoolean("fail_on_error"));
  }

  private static Set<String> parameters(String type, RawTable raw) {
    return switch (type) {
      case "not_null", "unique", "not_in_future" -> Set.of();
      case "unique_expr" -> Set.of("key_expr");
      case "composite" -> Set.of("kind", "columns");
      case "accepted_values" -> Set.of("values");
      case "relationships" -> Set.of("to_table", "to_column");
      case "expression" -> Set.of("expression");
      case "row_count_range", "in_range" -> Set.of("min", "max");
      case "regex_match" -> Set.of("pattern");
      case "aggregate" -> Set.of("op", "cmp", "value");
      case "older_than_n_days" -> Set.of("days");
      default -> throw raw.invalid("unknown assertion type '" + type + "'; expected one of not_null, unique,"
          + " unique_expr, composite, accepted_values, relationships, expression, row_count_range, in_range,"
          + " regex_match, aggregate, not_in_future, older_than_n_days");
    };
  }

  private static AssertionKind kind(String type, RawTable raw) {
    try {
      return switch (type) {
        case "not_null" -> new AssertionKind.NotNull();
        case "unique" -> new AssertionKind.Unique();
        case "not_in_future" -> new AssertionKind.NotInFuture();
        case "unique_expr" -> new AssertionKind.UniqueExpr(raw.string("key_expr"));
        case "composite" -> composite(raw);
        case "accepted_values" -> new AssertionKind.AcceptedValues(raw.strings("values"));
        case "relationships" -> new AssertionKind.Relationships(raw.string("to_table"), raw.string("to_column"));
        case "expression" -> new AssertionKind.Expression(raw.string("expression"));
        case "row_count_range" -> new AssertionKind.RowCountRange(whole(raw, "min"), whole(raw, "max"));
        case "in_range" -> new AssertionKind.InRange(raw.optNumber("min"), raw.optNumber("max"));
        case "regex_match" -> new AssertionKind.RegexMatch(raw.string("pattern"));
        case "aggregate" -> aggregate(raw);
        case "older_than_n_days" -> new AssertionKind.OlderThanNDays(Math.toIntExact(required(raw, "days")));
        default -> throw raw.invalid("unknown assertion type '" + type + "'");
      };
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw raw.invalid(e.getMessage());
    }
  }

  private static AssertionKind composite(RawTable raw) {
    String kind = raw.optString("kind");
    if (kind != null && !kind.equalsIgnoreCase("unique")) {
      throw raw.invalid("composite kind must be \"unique\", not \"" + kind + "\"");
    }
    return new AssertionKind.CompositeUnique(raw.strings("columns"));
  }

  private static AssertionKind aggregate(RawTable raw) {
    AssertionKind.AggregateOp op = switch (raw.string("op").toLowerCase(Locale.ROOT)) {
      case "sum" -> AssertionKind.AggregateOp.SUM;
      case "count" -> AssertionKind.AggregateOp.COUNT;
      case "avg" -> AssertionKind.AggregateOp.AVG;
      case "min" -> AssertionKind.AggregateOp.MIN;
      case "max" -> AssertionKind.AggregateOp.MAX;
      default -> throw raw.invalid("aggregate op must be sum, count, avg, min or max");
    };
    AssertionKind.Comparison cmp = switch (raw.string("cmp")) {
      case "lt", "<" -> AssertionKind.Comparison.LT;
      case "lte", "<=" -> AssertionKind.Comparison.LTE;
      case "gt", ">" -> AssertionKind.Comparison.GT;
      case "gte", ">=" -> AssertionKind.Comparison.GTE;
      case "eq", "==" -> AssertionKind.Comparison.EQ;
      case "ne", "!=" -> AssertionKind.Comparison.NE;
      default -> throw raw.invalid("aggregate cmp must be lt, lte, gt, gte, eq or ne");
    };
    BigDecimal value = raw.optNumber("value");
    if (value == null) {
      throw raw.invalid("aggregate needs a 'value'");
    }
    return new AssertionKind.Aggregate(op, cmp, value);
  }

  private static @Nullable Long whole(RawTable raw, String key) {
    BigDecimal n = raw.optNumber(key);
    if (n == null) {
      return null;
    }
    try {
      return n.longValueExact();
    } catch (ArithmeticException e) {
      throw raw.invalid("'" + key + "' must be a whole number, not " + n.toPlainString());
    }
  }

  private static long required(RawTable raw, String key) {
    Long n = whole(raw, key);
    if (n == null) {
      throw raw.invalid("'" + key + "' is required");
    }
    return n;
  }

  /** Applies a {@code [[use_test]]}'s overrides to its definition: {@code column}, {@code severity}, {@code filter}. */
  public static Map<String, Object> applyUse(Map<String, ?> definition, Map<String, ?> use) {
    Map<String, Object> merged = new java.util.LinkedHashMap<>(definition);
    for (String key : List.of("column", "severity", "filter")) {
      Object v = use.get(key);
      if (v != null) {
        merged.put(key, v);
      }
    }
    return merged;
  }
}
