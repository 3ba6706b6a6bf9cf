package dev.rocky.app.dbt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.core.project.Strategy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Materializations to strategies, generic tests to [[tests]], CSV to types, TOML text. */
class MappersTest {
  private static final Translation PLAIN = new Translation("select 1\n", Map.of(), List.of(), List.of(), false, null);

  private static Strategy strategy(Map<String, Object> config, Translation t, List<DbtProject.DbtColumn> columns) {
    return StrategyMapper.map(config, t, columns).strategy();
  }

  @Test
  void materializationsMapToStrategies() {
    assertThat(strategy(Map.of("materialized", "table"), PLAIN, List.of())).isEqualTo(new Strategy.FullRefresh());
    assertThat(strategy(Map.of(), PLAIN, List.of())).isEqualTo(new Strategy.View());
    assertThat(strategy(Map.of("materialized", "ephemeral"), PLAIN, List.of())).isEqualTo(new Strategy.Ephemeral());
    assertThat(strategy(Map.of("materialized", "incremental", "unique_key", "id"), PLAIN, List.of()))
        .isEqualTo(new Strategy.Merge(List.of("id"), null));
    assertThat(strategy(Map.of("materialized", "incremental", "unique_key", List.of("a", "b"),
        "incremental_strategy", "delete+insert"), PLAIN, List.of())).isEqualTo(new Strategy.Merge(List.of("a", "b"), null));
    assertThat(strategy(Map.of("materialized", "incremental", "incremental_strategy", "insert_overwrite",
        "partition_by", Map.of("field", "day", "data_type", "date")), PLAIN, List.of()))
        .isEqualTo(new Strategy.DeleteInsert(List.of("day")));
    assertThat(strategy(Map.of("materialized", "incremental", "incremental_strategy", "microbatch", "event_time", "ts",
        "batch_size", "day"), PLAIN, List.of())).isEqualTo(new Strategy.Microbatch("ts", Strategy.Granularity.DAY));
  }

  @Test
  void incrementalWithoutAKeyUsesTheFilteredColumnThenAGuessThenFallsBackWithATodo() {
    Map<String, Object> incremental = Map.of("materialized", "incremental");
    Translation filtered = new Translation("", Map.of(), List.of(), List.of(), true, "loaded_at");
    assertThat(strategy(incremental, filtered, List.of())).isEqualTo(new Strategy.Incremental("loaded_at"));

    StrategyMapper.Mapped guessed = StrategyMapper.map(incremental, PLAIN,
        List.of(new DbtProject.DbtColumn("id", null, null), new DbtProject.DbtColumn("updated_at", null, null)));
    assertThat(guessed.strategy()).isEqualTo(new Strategy.Incremental("updated_at"));
    assertThat(guessed.todos()).singleElement().asString().contains("guessed");

    StrategyMapper.Mapped none = StrategyMapper.map(incremental, PLAIN, List.of());
    assertThat(none.strategy()).isEqualTo(new Strategy.FullRefresh());
    assertThat(none.todos()).hasSize(2);
    assertThat(none.issues()).singleElement().satisfies(i -> assertThat(i.category()).isEqualTo("incremental"));

    StrategyMapper.Mapped custom = StrategyMapper.map(Map.of("materialized", "my_thing"), PLAIN, List.of());
    assertThat(custom.strategy()).isEqualTo(new Strategy.FullRefresh());
    assertThat(custom.issues()).singleElement().satisfies(i -> assertThat(i.category()).isEqualTo("materialization"));
  }

  @Test
  void genericTestsMapToRockyTests() {
    DbtProject project = new DbtProject("p", null, "regex", Map.of(), List.of(new DbtProject.DbtModel("customers",
        "models/customers.sql", "customers.sql", "select 1", Map.of(), null, List.of(), List.of(), null)), List.of(),
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    TestMapper mapper = new TestMapper(new Resolver(project, "main"));
    assertThat(mapper.map(new DbtProject.DbtTest("not_null", "id", Map.of("config", Map.of("where", "id > 0",
        "severity", "warn"))))).contains(ordered("type", "not_null", "column", "id", "filter", "id > 0", "severity", "warning"));
    assertThat(mapper.map(new DbtProject.DbtTest("relationships", "customer_id", Map.of("to", "ref('customers')",
        "field", "id")))).contains(ordered("type", "relationships", "column", "customer_id", "to_table", "customers",
        "to_column", "id"));
    assertThat(mapper.map(new DbtProject.DbtTest("dbt_utils.accepted_range", "x", Map.of("min_value", 0L, "max_value", 1.5))))
        .contains(ordered("type", "in_range", "column", "x", "min", "0", "max", "1.5"));
    assertThat(mapper.map(new DbtProject.DbtTest("dbt_utils.unique_combination_of_columns", null,
        Map.of("combination_of_columns", List.of("a", "b"))))).contains(ordered("type", "composite", "kind", "unique",
        "columns", List.of("a", "b")));
    assertThat(mapper.map(new DbtProject.DbtTest("dbt_utils.not_accepted_values", "s", Map.of("values", List.of("x", "y'z")))))
        .contains(ordered("type", "expression", "expression", "s NOT IN ('x', 'y''z')"));
    assertThat(mapper.map(new DbtProject.DbtTest("dbt_utils.expression_is_true", "amount", Map.of("expression", ">= 0"))))
        .contains(ordered("type", "expression", "expression", "amount >= 0"));
    assertThat(mapper.map(new DbtProject.DbtTest("dbt_expectations.expect_column_to_exist", "a", Map.of()))).isEmpty();
  }

  private static Map<String, Object> ordered(Object... kv) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (int k = 0; k < kv.length; k += 2) {
      out.put((String) kv[k], kv[k + 1]);
    }
    return out;
  }

  @Test
  void seedTypesAreInferredFromTheValues() {
    assertThat(SeedTypes.infer("id,price,ok,day,at,name,empty\n1,1.5,true,2024-01-01,2024-01-01 10:00:00,\"a, b\",\n"
        + "2,3,false,2024-01-02,2024-01-02T11:00:00,c,\n")).containsExactly(
        Map.entry("id", "BIGINT"), Map.entry("price", "DOUBLE"), Map.entry("ok", "BOOLEAN"), Map.entry("day", "DATE"),
        Map.entry("at", "TIMESTAMP"), Map.entry("name", "VARCHAR"), Map.entry("empty", "VARCHAR"));
  }

  @Test
  void tomlValuesAreQuotedAndInlined() {
    assertThat(TomlText.value("a \"b\"\\\n")).isEqualTo("\"a \\\"b\\\"\\\\\\n\"");
    assertThat(TomlText.value(Map.of("k", List.of(1L, "x")))).isEqualTo("{ k = [1, \"x\"] }");
    assertThat(TomlText.key("odd key")).isEqualTo("\"odd key\"");
    assertThat(DbtImporter.rockyToml("my-shop")).contains("[pipeline.my_shop]");
  }
}
