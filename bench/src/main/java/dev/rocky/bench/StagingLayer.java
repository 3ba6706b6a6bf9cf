package dev.rocky.bench;

import static dev.rocky.bench.ColumnType.BIGINT;
import static dev.rocky.bench.ColumnType.VARCHAR;

import java.util.List;

/**
 * Staging models: clean one source model. 79% list cleaned columns with a {@code ROW_NUMBER()}
 * window and a {@code WHERE}; 21% are {@code SELECT *} plus three derived columns (standing in for
 * Rocky's DSL {@code derive}).
 */
final class StagingLayer {
  static final double SELECT_STAR_SHARE = 0.21;
  private static final String ROW_NUMBER = "ROW_NUMBER() OVER (PARTITION BY id ORDER BY updated_at DESC)";

  private StagingLayer() {}

  static GeneratedModel build(int index, GeneratedModel source, Dice dice) {
    String name = "stg_" + Roles.entity(source.name()) + "_" + index;
    SelectList select = new SelectList();
    Variant variant;
    String where = "";
    if (dice.chance(SELECT_STAR_SHARE)) {
      variant = Variant.STAGING_SELECT_STAR;
      select.addAll("*", source.columns())
          .add("UPPER(TRIM(name))", Column.of("name_clean", VARCHAR))
          .add("COALESCE(category, 'unknown')", Column.of("category_clean", VARCHAR))
          .add(ROW_NUMBER, Column.of("row_num", BIGINT));
    } else {
      variant = Variant.STAGING_CLEAN;
      select.add("id", source.column("id"))
          .add("ref_id", source.column("ref_id"))
          .add("UPPER(TRIM(name))", Column.of("name", VARCHAR))
          .add("COALESCE(category, 'unknown')", Column.of("category", VARCHAR))
          .add("LOWER(status)", Column.of("status", VARCHAR))
          .add("amount", source.column("amount"))
          .add("updated_at", source.column("updated_at"))
          .add(ROW_NUMBER, Column.of("row_num", BIGINT));
      where = "WHERE status <> 'deleted' AND amount > " + dice.between(0, 5) + "\n";
    }
    String sql = "SELECT\n" + select.render("    ") + "FROM " + source.name() + "\n" + where;
    return new GeneratedModel(name, variant, source.depth() + 1, sql, null, select.columns(), List.of(source.name()), null);
  }
}
