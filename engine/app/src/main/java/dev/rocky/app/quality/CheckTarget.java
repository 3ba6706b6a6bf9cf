package dev.rocky.app.quality;

import dev.rocky.core.types.ModelSchema;
import dev.rocky.planner.sql.TableName;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A table to check.
 *
 * @param assetKey {@code [catalog?, schema, table]}, as in the run output
 * @param names what assertions may call it by: the model's name, the table's name, its qualified name
 * @param timeColumn the column freshness reads, when known
 * @param expected the columns the table should have (column_match), when fully known
 * @param rewritable whether quarantine's {@code tag} mode may rewrite it (not a view, not loaded incrementally)
 */
public record CheckTarget(
    TableName table,
    List<String> assetKey,
    List<String> names,
    @Nullable String timeColumn,
    @Nullable ModelSchema expected,
    boolean rewritable) {

  public CheckTarget {
    Objects.requireNonNull(table, "table");
    assetKey = List.copyOf(assetKey);
    names = List.copyOf(names);
  }

  /** A table known only by its name (a quality pipeline's). */
  public static CheckTarget table(TableName table) {
    return new CheckTarget(table, assetKey(table), List.of(table.table(), table.qualifiedName()), null, null, true);
  }

  /** {@code [catalog, schema, table]}, without the catalog when the table has none. */
  public static List<String> assetKey(TableName table) {
    List<String> key = new ArrayList<>(3);
    if (table.catalog() != null) {
      key.add(table.catalog());
    }
    key.add(table.schema());
    key.add(table.table());
    return key;
  }

  /** The state store's key of the table: its qualified name. */
  public String key() {
    return table.qualifiedName();
  }
}
