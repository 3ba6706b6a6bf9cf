package dev.rocky.app.dbt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * dbt generic tests to Rocky's declarative {@code [[tests]]}: {@code not_null}, {@code unique},
 * {@code accepted_values}, {@code relationships}, and the common dbt_utils tests
 * ({@code accepted_range}, {@code expression_is_true}, {@code unique_combination_of_columns},
 * {@code not_accepted_values}, {@code not_null_where}-style {@code where} configs). A test's
 * {@code where} becomes {@code filter} and {@code severity: warn} becomes {@code warning}. Other
 * tests have no Rocky equivalent and are reported.
 */
final class TestMapper {
  private final Resolver resolver;

  TestMapper(Resolver resolver) {
    this.resolver = resolver;
  }

  Optional<Map<String, Object>> map(DbtProject.DbtTest test) {
    Map<String, Object> kw = test.kwargs();
    String column = test.column() != null ? test.column() : StrategyMapper.string(kw.get("column_name")).orElse(null);
    Map<String, Object> out = new LinkedHashMap<>();
    switch (test.name()) {
      case "not_null", "unique" -> {
        if (column == null) {
          return Optional.empty();
        }
        out.put("type", test.name());
        out.put("column", column);
      }
      case "accepted_values" -> {
        if (column == null || !(kw.get("values") instanceof List<?> values) || values.isEmpty()) {
          return Optional.empty();
        }
        out.put("type", "accepted_values");
        out.put("column", column);
        out.put("values", values.stream().map(String::valueOf).toList());
      }
      case "relationships" -> {
        String to = to(kw.get("to"));
        String field = StrategyMapper.string(kw.get("field")).orElse(null);
        if (column == null || to == null || field == null) {
          return Optional.empty();
        }
        out.put("type", "relationships");
        out.put("column", column);
        out.put("to_table", to);
        out.put("to_column", field);
      }
      case "dbt_utils.accepted_range" -> {
        if (column == null || kw.get("min_value") == null && kw.get("max_value") == null) {
          return Optional.empty();
        }
        out.put("type", "in_range");
        out.put("column", column);
        if (kw.get("min_value") != null) {
          out.put("min", number(kw.get("min_value")));
        }
        if (kw.get("max_value") != null) {
          out.put("max", number(kw.get("max_value")));
        }
      }
      case "dbt_utils.expression_is_true" -> {
        String expression = StrategyMapper.string(kw.get("expression")).orElse(null);
        if (expression == null) {
          return Optional.empty();
        }
        out.put("type", "expression");
        out.put("expression", column == null ? expression : column + " " + expression);
      }
      case "dbt_utils.unique_combination_of_columns" -> {
        List<String> columns = StrategyMapper.strings(kw.get("combination_of_columns"));
        if (columns.size() < 2) {
          return Optional.empty();
        }
        out.put("type", "composite");
        out.put("kind", "unique");
        out.put("columns", columns);
      }
      case "dbt_utils.not_accepted_values" -> {
        if (column == null || !(kw.get("values") instanceof List<?> values) || values.isEmpty()) {
          return Optional.empty();
        }
        List<String> quoted = new ArrayList<>();
        values.forEach(v -> quoted.add("'" + String.valueOf(v).replace("'", "''") + "'"));
        out.put("type", "expression");
        out.put("expression", column + " NOT IN (" + String.join(", ", quoted) + ")");
      }
      default -> {
        return Optional.empty();
      }
    }
    config(kw, out);
    return Optional.of(out);
  }

  /** {@code where} and {@code severity}, written at the test's top level or under {@code config}. */
  private static void config(Map<String, Object> kw, Map<String, Object> out) {
    Map<?, ?> config = kw.get("config") instanceof Map<?, ?> m ? m : Map.of();
    Object where = config.get("where") != null ? config.get("where") : kw.get("where");
    Object severity = config.get("severity") != null ? config.get("severity") : kw.get("severity");
    StrategyMapper.string(where).ifPresent(w -> out.put("filter", w));
    if (severity instanceof String s && s.equalsIgnoreCase("warn")) {
      out.put("severity", "warning");
    }
  }

  /** The table a relationships test points at: {@code ref('m')} or {@code source('s', 't')}. */
  private @Nullable String to(@Nullable Object value) {
    if (!(value instanceof String s)) {
      return null;
    }
    JinjaCall call = JinjaCall.parse(s.replace("{{", "").replace("}}", ""));
    if (call == null) {
      return null;
    }
    return switch (call.name()) {
      case "ref" -> call.stringArg(call.args().size() - 1) == null ? null
          : resolver.ref(call.stringArg(call.args().size() - 1)).sql();
      case "source" -> call.stringArg(0) == null || call.stringArg(1) == null ? null
          : resolver.source(call.stringArg(0), call.stringArg(1)).sql();
      default -> null;
    };
  }

  private static String number(Object value) {
    return value instanceof Double d && d == Math.rint(d) ? String.valueOf(d.longValue()) : String.valueOf(value);
  }
}
