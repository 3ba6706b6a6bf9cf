package dev.rocky.planner;

import dev.rocky.core.project.Strategy;
import dev.rocky.core.types.ModelSchema;
import dev.rocky.core.types.TypedColumn;
import dev.rocky.planner.error.PlannerErrors;
import dev.rocky.planner.sql.ColumnSelection;
import dev.rocky.planner.sql.Identifiers;
import dev.rocky.planner.sql.SqlCapabilities;
import dev.rocky.planner.sql.SqlDialect;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The columns of a merge: its keys, the columns updated when a key matches and the columns inserted
 * when none does.
 *
 * <ul>
 *   <li>Complete schema: {@code update_columns} default to every non-key column (compared
 *       case-insensitively); every column is inserted.
 *   <li>Incomplete schema with {@code update_columns}: those are updated; the insert takes every
 *       column by name where the dialect can ({@code INSERT *}, {@code INSERT BY NAME}), else the keys
 *       and update columns.
 *   <li>Incomplete schema without: Databricks updates and inserts every column by name
 *       ({@code UPDATE SET *}, {@code INSERT *}); other dialects fail, asking for update_columns.
 * </ul>
 */
public record MergeColumns(List<String> keys, ColumnSelection update, ColumnSelection insert) {

  public MergeColumns {
    keys = List.copyOf(keys);
  }

  public static MergeColumns resolve(String model, Strategy.Merge merge, ModelSchema schema, SqlDialect dialect) {
    if (merge.uniqueKey().isEmpty()) {
      throw PlannerErrors.emptyStrategySetting(model, merge.type(), "unique_key");
    }
    List<String> keys = merge.uniqueKey().stream().map(k -> Identifiers.requireName("unique_key column", k)).toList();
    List<String> declared = merge.updateColumns() == null ? null
        : merge.updateColumns().stream().map(c -> Identifiers.requireName("update_columns column", c)).toList();
    boolean known = schema.complete() && !schema.columns().isEmpty();

    if (known) {
      List<String> all = schema.columns().stream().map(TypedColumn::name)
          .map(c -> Identifiers.requireQuotable("output column of '" + model + "'", c)).toList();
      Set<String> keySet = keys.stream().map(MergeColumns::fold).collect(Collectors.toSet());
      List<String> update = declared != null ? declared
          : all.stream().filter(c -> !keySet.contains(fold(c))).toList();
      return new MergeColumns(keys, ColumnSelection.of(update), ColumnSelection.of(all));
    }
    if (declared != null) {
      Set<String> listed = new LinkedHashSet<>(keys);
      listed.addAll(declared);
      ColumnSelection insert = SqlCapabilities.mergeInsertAll(dialect)
          ? ColumnSelection.allByName() : ColumnSelection.of(List.copyOf(listed));
      return new MergeColumns(keys, ColumnSelection.of(declared), insert);
    }
    if (SqlCapabilities.mergeUpdateAll(dialect)) {
      return new MergeColumns(keys, ColumnSelection.allByName(), ColumnSelection.allByName());
    }
    throw PlannerErrors.mergeNeedsUpdateColumns(model, dialect.dialect().id());
  }

  private static String fold(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
