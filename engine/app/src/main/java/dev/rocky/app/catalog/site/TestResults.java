package dev.rocky.app.catalog.site;

import dev.rocky.core.project.TargetRef;
import dev.rocky.core.run.CheckOutcome;
import dev.rocky.core.run.RunRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The last recorded result of each model test: the newest run whose {@code check_outcomes} has a
 * check of that name on the model's table. A check's name is the test's declared {@code name}, else
 * {@code <type>:<column>}, else its type (as the quality checks name their results); its table is
 * matched on its last two or three parts, case-insensitively.
 */
final class TestResults {
  /** The recorded outcomes by lower-cased check name, newest first. */
  private final Map<String, List<CheckOutcome>> byName = new HashMap<>();

  /** @param runs the recorded runs, newest first */
  TestResults(List<RunRecord> runs) {
    for (RunRecord r : runs) {
      for (CheckOutcome o : r.checkOutcomes()) {
        byName.computeIfAbsent(o.name().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(o);
      }
    }
  }

  /** {@code pass} or {@code fail}, or null when no run recorded the test. */
  @Nullable String last(TargetRef target, Map<String, Object> test) {
    for (CheckOutcome o : byName.getOrDefault(name(test).toLowerCase(Locale.ROOT), List.of())) {
      if (sameTable(o.table(), target)) {
        return o.passed() ? "pass" : "fail";
      }
    }
    return null;
  }

  static String name(Map<String, Object> test) {
    Object declared = test.get("name");
    if (declared != null && !String.valueOf(declared).isBlank()) {
      return String.valueOf(declared);
    }
    String type = String.valueOf(test.getOrDefault("type", "test"));
    Object column = test.get("column");
    return column == null ? type : type + ":" + column;
  }

  private static boolean sameTable(String table, TargetRef target) {
    String t = table.toLowerCase(Locale.ROOT);
    String full = target.qualifiedName().toLowerCase(Locale.ROOT);
    String short2 = ((target.schema() == null ? "" : target.schema() + ".") + target.table()).toLowerCase(Locale.ROOT);
    return t.equals(full) || t.equals(short2) || full.endsWith("." + t) || t.endsWith("." + short2);
  }
}
