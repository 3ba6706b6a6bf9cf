package dev.rocky.app.quality.testing;

import dev.rocky.core.error.RockyException;
import dev.rocky.core.port.QueryResult;
import dev.rocky.planner.quality.QualityErrorCode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Compares a unit test's expected rows with what the model returned. Only the columns an expected
 * row names are compared for it. As a multiset, each expected row takes the first returned row
 * that matches it; the expected rows left over are {@code missing}, the returned ones
 * {@code extra}. In order, row {@code i} is compared with row {@code i} ({@code value_diff}),
 * then what one side has beyond the other is missing or extra.
 */
public final class RowComparison {
  private RowComparison() {}

  public static List<RowMismatch> compare(List<Map<String, @Nullable Object>> expected, QueryResult actual,
      boolean ordered) {
    List<String> columns = expected.isEmpty() ? actual.columnNames() : columns(expected);
    List<Integer> indexes = indexes(columns, actual);
    List<Map<String, @Nullable Object>> rows = new ArrayList<>();
    for (List<@Nullable Object> row : actual.rows()) {
      Map<String, @Nullable Object> projected = new java.util.LinkedHashMap<>();
      for (int c = 0; c < columns.size(); c++) {
        projected.put(columns.get(c), row.get(indexes.get(c)));
      }
      rows.add(projected);
    }
    return ordered ? ordered(expected, rows, columns) : multiset(expected, rows, columns);
  }

  private static List<RowMismatch> multiset(List<Map<String, @Nullable Object>> expected,
      List<Map<String, @Nullable Object>> actual, List<String> columns) {
    List<Map<String, @Nullable Object>> unmatched = new ArrayList<>(actual);
    List<RowMismatch> out = new ArrayList<>();
    for (Map<String, @Nullable Object> e : expected) {
      int hit = -1;
      for (int i = 0; i < unmatched.size() && hit < 0; i++) {
        if (matches(e, unmatched.get(i))) {
          hit = i;
        }
      }
      if (hit < 0) {
        out.add(new RowMismatch(null, render(e, e.keySet()), null, RowMismatch.Kind.MISSING));
      } else {
        unmatched.remove(hit);
      }
    }
    for (Map<String, @Nullable Object> a : unmatched) {
      out.add(new RowMismatch(null, "", render(a, columns), RowMismatch.Kind.EXTRA));
    }
    return out;
  }

  private static List<RowMismatch> ordered(List<Map<String, @Nullable Object>> expected,
      List<Map<String, @Nullable Object>> actual, List<String> columns) {
    List<RowMismatch> out = new ArrayList<>();
    int common = Math.min(expected.size(), actual.size());
    for (int i = 0; i < common; i++) {
      Map<String, @Nullable Object> e = expected.get(i);
      if (!matches(e, actual.get(i))) {
        out.add(new RowMismatch(i, render(e, e.keySet()), render(actual.get(i), e.keySet()), RowMismatch.Kind.VALUE_DIFF));
      }
    }
    for (int i = common; i < expected.size(); i++) {
      out.add(new RowMismatch(i, render(expected.get(i), expected.get(i).keySet()), null, RowMismatch.Kind.MISSING));
    }
    for (int i = common; i < actual.size(); i++) {
      out.add(new RowMismatch(i, "", render(actual.get(i), columns), RowMismatch.Kind.EXTRA));
    }
    return out;
  }

  private static boolean matches(Map<String, @Nullable Object> expected, Map<String, @Nullable Object> actual) {
    return expected.entrySet().stream().allMatch(e -> Values.same(e.getValue(), actual.get(e.getKey())));
  }

  private static String render(Map<String, @Nullable Object> row, Set<String> columns) {
    return columns.stream().map(c -> c + "=" + Values.text(row.get(c))).collect(Collectors.joining(", "));
  }

  private static String render(Map<String, @Nullable Object> row, List<String> columns) {
    return render(row, new LinkedHashSet<>(columns));
  }

  private static List<String> columns(List<Map<String, @Nullable Object>> expected) {
    Set<String> out = new LinkedHashSet<>();
    expected.forEach(r -> out.addAll(r.keySet()));
    return List.copyOf(out);
  }

  /** Where each expected column is in the result, matched case-insensitively. */
  private static List<Integer> indexes(List<String> columns, QueryResult actual) {
    List<String> names = actual.columnNames().stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
    List<Integer> out = new ArrayList<>();
    for (String c : columns) {
      int i = names.indexOf(c.toLowerCase(Locale.ROOT));
      if (i < 0) {
        throw new RockyException(QualityErrorCode.QUALITY_INVALID_FIXTURE, "the expected rows name column '" + c
            + "', which the model does not return (it returns " + String.join(", ", actual.columnNames()) + ")");
      }
      out.add(i);
    }
    return out;
  }
}
