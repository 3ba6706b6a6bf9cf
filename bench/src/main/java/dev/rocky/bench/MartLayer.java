package dev.rocky.bench;

import static dev.rocky.bench.ColumnType.BIGINT;
import static dev.rocky.bench.ColumnType.VARCHAR;

import java.util.List;

/**
 * Marts: an intermediate model {@code LEFT JOIN} a staging model, a 3-way {@code CASE}, a running
 * {@code SUM(..) OVER (.. ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)}, a {@code RANK()}, and
 * the status taken from the staging side so that the join contributes lineage.
 */
final class MartLayer {
  private MartLayer() {}

  static GeneratedModel build(int index, List<GeneratedModel> intermediate, List<GeneratedModel> staging, Dice dice) {
    GeneratedModel i = dice.pick(intermediate);
    GeneratedModel s = dice.pick(staging);
    Column measure = dice.pick(Roles.measures(i));
    Column time = dice.pick(Roles.times(i));
    Column label = dice.pick(Roles.dimensions(s));
    String status = s.has("status") ? "status" : dice.pick(Roles.dimensions(s)).name();
    int high = dice.between(5, 20) * 100;
    int medium = high / 10;
    String m = "i." + measure.name();

    SelectList select = new SelectList()
        .add("i.id", i.column("id"))
        .add("i.segment", i.column("segment"))
        .add(m, measure.renamed("measure"))
        .add("CASE\n        WHEN " + m + " >= " + high + " THEN 'high'\n        WHEN " + m + " >= " + medium
            + " THEN 'medium'\n        ELSE 'low'\n    END", Column.of("value_tier", VARCHAR))
        .add("SUM(" + m + ") OVER (ORDER BY i." + time.name() + " ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)",
            Column.of("running_measure", measure.type().sum()))
        .add("RANK() OVER (ORDER BY " + m + " DESC)", Column.of("measure_rank", BIGINT))
        .add("COALESCE(s." + status + ", 'unknown')", Column.of("latest_status", VARCHAR))
        .add("s." + label.name(), label.renamed("partner_label"))
        .add("i." + time.name(), time.renamed("event_at"));
    String sql = "SELECT\n" + select.render("    ")
        + "FROM " + i.name() + " AS i\n"
        + "LEFT JOIN " + s.name() + " AS s ON i.id = s.id\n";
    String name = "fct_" + Roles.entity(i.name()) + "_" + index;
    List<String> upstream = List.of(i.name(), s.name());
    return new GeneratedModel(name, Variant.MART, Math.max(i.depth(), s.depth()) + 1, sql, null, select.columns(), upstream, null);
  }
}
