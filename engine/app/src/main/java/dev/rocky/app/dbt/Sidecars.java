package dev.rocky.app.dbt;

import dev.rocky.core.project.Strategy;
import java.util.List;
import java.util.Map;

/** Writes a model's sidecar ({@code <model>.toml}) and the file kept for a model that did not translate. */
final class Sidecars {
  private Sidecars() {}

  /** The unit tests of one model, as {@code [[test]]} tables. */
  record UnitTest(String name, String description, List<Given> given, List<Map<String, Object>> expect) {}

  record Given(String ref, List<Map<String, Object>> rows) {}

  static String sidecar(DbtProject.DbtModel model, List<String> dependsOn, Strategy strategy, List<String> todos,
      List<Map<String, Object>> tests, List<UnitTest> unitTests) {
    TomlText t = new TomlText().comment("Imported from dbt: " + model.path());
    todos.forEach(todo -> t.comment("TODO(rocky import-dbt): " + todo));
    if (!dependsOn.isEmpty()) {
      t.put("depends_on", dependsOn);
    }
    t.put("intent", model.description());
    t.table("strategy").put("type", strategy.type());
    switch (strategy) {
      case Strategy.Incremental i -> t.put("timestamp_column", i.timestampColumn());
      case Strategy.Merge m -> t.put("unique_key", m.uniqueKey());
      case Strategy.DeleteInsert d -> t.put("partition_by", d.partitionBy());
      case Strategy.Microbatch m -> t.put("timestamp_column", m.timestampColumn())
          .put("granularity", m.granularity() == null ? null : m.granularity().name().toLowerCase(java.util.Locale.ROOT));
      default -> {
        // no parameters
      }
    }
    List<String> tags = StrategyMapper.strings(model.config().get("tags"));
    if (!tags.isEmpty()) {
      t.table("tags").put("dbt_tags", String.join(",", tags));
    }
    for (DbtProject.DbtColumn c : model.columns()) {
      if (c.description() != null && !c.description().isBlank()) {
        t.table("columns." + TomlText.key(c.name())).put("description", c.description().strip());
      }
    }
    for (Map<String, Object> test : tests) {
      t.arrayTable("tests").putAll(test);
    }
    for (UnitTest u : unitTests) {
      t.arrayTable("test").put("name", u.name()).put("description", u.description());
      for (Given g : u.given()) {
        t.arrayTable("test.given").put("ref", g.ref()).putRows("rows", g.rows());
      }
      t.table("test.expect").putRows("rows", u.expect());
    }
    return t.toString();
  }

  /** The original Jinja SQL of a model that did not translate, under a header that says why. */
  static String untranslated(DbtProject.DbtModel model, String target, List<Translation.Issue> issues) {
    StringBuilder out = new StringBuilder();
    out.append(JinjaTranslator.TODO).append("model '").append(model.name())
        .append("' was NOT translated (Rocky has no Jinja runtime):\n");
    for (Translation.Issue i : issues) {
      if (i.kind() == Translation.Issue.Kind.UNTRANSLATABLE) {
        out.append("--   line ").append(i.line()).append(": ").append(i.message()).append('\n');
      }
    }
    out.append("-- Rewrite it as plain SQL (or a .rocky pipeline) in ").append(target)
        .append(", then delete this file. See MIGRATION-NOTES.md.\n")
        .append("-- Original dbt model (").append(model.path()).append("):\n\n")
        .append(model.rawSql());
    return out.toString();
  }
}
