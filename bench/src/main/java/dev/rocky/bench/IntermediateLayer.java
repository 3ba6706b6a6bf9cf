package dev.rocky.bench;

import static dev.rocky.bench.ColumnType.BIGINT;
import static dev.rocky.bench.ColumnType.VARCHAR;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Intermediate models: 79% are {@code WITH base AS (a JOIN b [LEFT JOIN c])} then {@code GROUP BY}
 * (8.5% of those with the third join); 21% aggregate one staging model with {@code HAVING}. The
 * first input of a join is, 30% of the time, an earlier intermediate model (chains stop at three
 * intermediates), which gives the DAG its 4-6 layers.
 */
final class IntermediateLayer {
  static final double HAVING_SHARE = 0.21;
  static final double THIRD_JOIN_SHARE = 0.085;
  static final double READS_INTERMEDIATE_SHARE = 0.30;
  static final int MAX_CHAIN = 3;

  private IntermediateLayer() {}

  static GeneratedModel build(int index, List<GeneratedModel> staging, List<GeneratedModel> earlier, Dice dice) {
    if (dice.chance(HAVING_SHARE)) {
      return having(index, dice.pick(staging), dice);
    }
    boolean third = dice.chance(THIRD_JOIN_SHARE);
    List<GeneratedModel> chainable = earlier.stream().filter(m -> m.depth() < 2 + MAX_CHAIN).toList();
    GeneratedModel a = !chainable.isEmpty() && dice.chance(READS_INTERMEDIATE_SHARE)
        ? dice.pick(chainable)
        : dice.pick(staging);
    GeneratedModel b = pickOther(staging, List.of(a), dice);
    GeneratedModel c = third ? pickOther(staging, List.of(a, b), dice) : null;
    return join(index, a, b, c, dice);
  }

  private static GeneratedModel join(
      int index, GeneratedModel a, GeneratedModel b, @Nullable GeneratedModel c, Dice dice) {
    Column key = a.has("ref_id") ? a.column("ref_id") : a.column("id");
    Column dim = dice.pick(Roles.dimensions(a));
    Column measure = dice.pick(Roles.measures(a));
    Column time = dice.pick(Roles.times(a));
    Column otherMeasure = dice.pick(Roles.measures(b));

    SelectList base = new SelectList()
        .add("a." + key.name(), key.renamed("id"))
        .add("a." + dim.name(), dim.renamed("segment"))
        .add("a." + measure.name(), measure.renamed("amount"))
        .add("b." + otherMeasure.name(), otherMeasure.renamed("other_amount"))
        .add("a." + time.name(), time.renamed("event_at"));
    StringBuilder from = new StringBuilder()
        .append("    FROM ").append(a.name()).append(" AS a\n")
        .append("    INNER JOIN ").append(b.name()).append(" AS b ON a.").append(key.name()).append(" = b.id\n");
    if (c != null) {
      base.add("c." + dice.pick(Roles.dimensions(c)).name(), Column.of("partner_segment", VARCHAR));
      from.append("    LEFT JOIN ").append(c.name()).append(" AS c ON b.ref_id = c.id\n");
    }

    SelectList out = new SelectList()
        .add("id", key.renamed("id"))
        .add("segment", Column.of("segment", VARCHAR))
        .add("COUNT(*)", Column.of("row_count", BIGINT))
        .add("SUM(amount)", Column.of("total_amount", measure.type().sum()))
        .add("AVG(other_amount)", Column.of("avg_other_amount", otherMeasure.type().avg()))
        .add("MAX(other_amount)", Column.of("max_other_amount", otherMeasure.type()))
        .add("MIN(event_at)", Column.of("first_event_at", time.type()))
        .add("MAX(event_at)", Column.of("last_event_at", time.type()));
    if (c != null) {
      out.add("COUNT(DISTINCT partner_segment)", Column.of("partner_count", BIGINT));
    }

    String sql = "WITH base AS (\n    SELECT\n" + base.render("        ") + from + ")\n"
        + "SELECT\n" + out.render("    ") + "FROM base\nGROUP BY id, segment\n";
    List<GeneratedModel> inputs = c == null ? List.of(a, b) : List.of(a, b, c);
    String name = "int_" + Roles.entity(a.name()) + "_" + Roles.entity(b.name()) + "_" + index;
    return model(name, c == null ? Variant.INTERMEDIATE_JOIN2 : Variant.INTERMEDIATE_JOIN3, sql, out, inputs);
  }

  private static GeneratedModel having(int index, GeneratedModel a, Dice dice) {
    Column key = a.has("ref_id") ? a.column("ref_id") : a.column("id");
    Column dim = dice.pick(Roles.dimensions(a));
    Column measure = dice.pick(Roles.measures(a));
    Column other = dice.pick(Roles.measures(a));
    Column time = dice.pick(Roles.times(a));
    SelectList out = new SelectList()
        .add(key.name(), key.renamed("id"))
        .add(dim.name(), dim.renamed("segment"))
        .add("COUNT(*)", Column.of("row_count", BIGINT))
        .add("SUM(" + measure.name() + ")", Column.of("total_amount", measure.type().sum()))
        .add("AVG(" + other.name() + ")", Column.of("avg_other_amount", other.type().avg()))
        .add("MAX(" + other.name() + ")", Column.of("max_other_amount", other.type()))
        .add("MIN(" + time.name() + ")", Column.of("first_event_at", time.type()))
        .add("MAX(" + time.name() + ")", Column.of("last_event_at", time.type()));
    String sql = "SELECT\n" + out.render("    ") + "FROM " + a.name() + "\n"
        + "GROUP BY " + key.name() + ", " + dim.name() + "\n"
        + "HAVING COUNT(*) >= " + dice.between(1, 2) + "\n";
    String name = "int_" + Roles.entity(a.name()) + "_summary_" + index;
    return model(name, Variant.INTERMEDIATE_HAVING, sql, out, List.of(a));
  }

  private static GeneratedModel model(String name, Variant variant, String sql, SelectList out, List<GeneratedModel> inputs) {
    int depth = 0;
    List<String> upstream = new ArrayList<>();
    for (GeneratedModel input : inputs) {
      depth = Math.max(depth, input.depth());
      if (!upstream.contains(input.name())) {
        upstream.add(input.name());
      }
    }
    return new GeneratedModel(name, variant, depth + 1, sql, null, out.columns(), upstream, null);
  }

  /** A staging model other than those given, when there is one. */
  private static GeneratedModel pickOther(List<GeneratedModel> staging, List<GeneratedModel> taken, Dice dice) {
    if (staging.size() <= taken.size()) {
      return dice.pick(staging);
    }
    while (true) {
      GeneratedModel m = dice.pick(staging);
      if (!taken.contains(m)) {
        return m;
      }
    }
  }
}
