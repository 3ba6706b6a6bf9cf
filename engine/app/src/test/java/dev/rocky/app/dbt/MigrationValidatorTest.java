package dev.rocky.app.dbt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.app.compile.CompileService;
import dev.rocky.compiler.CompileOptions;
import dev.rocky.core.port.CacheStore;
import dev.rocky.testkit.InMemoryProjectSource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** validate-migration compares the DAG from dbt's manifest and the columns dbt declares with the compiled Rocky project. */
class MigrationValidatorTest {
  private static final CompileOptions OPTIONS = new CompileOptions("rocky.toml", null, null, Map.of(), List.of(), false, Map.of(), 1);

  private static MigrationReport validate(InMemoryProjectSource dbt, InMemoryProjectSource rocky) {
    return new MigrationValidator(new CompileService(CacheStore.NONE, null)).validate(dbt, rocky, OPTIONS);
  }

  private static InMemoryProjectSource imported(InMemoryProjectSource dbt) {
    return InMemoryProjectSource.of(new DbtImporter().run(dbt, DbtImportOptions.defaults()).files());
  }

  @Test
  void aFaithfulImportHasNoDifferences() {
    InMemoryProjectSource dbt = ManifestImportTest.project(ManifestImportTest.MANIFEST);
    MigrationReport r = validate(dbt, imported(dbt));
    assertThat(r.compileOk()).as("%s", r.compileErrors()).isTrue();
    assertThat(r.ok()).isTrue();
    assertThat(r.models()).extracting(MigrationReport.ModelComparison::model).containsExactly("stg_orders", "fct_orders");
    MigrationReport.ModelComparison fct = r.models().get(1);
    assertThat(fct.dbtDependsOn()).containsExactly("stg_orders");
    assertThat(fct.rockyDependsOn()).containsExactly("stg_orders");
    assertThat(fct.columnsChecked()).isEqualTo(2);
  }

  @Test
  void columnsMissingOrOfAnotherTypeFamilyAndDagChangesAreDifferences() {
    InMemoryProjectSource dbt = ManifestImportTest.project(ManifestImportTest.MANIFEST
        .replace("\"amount\": {\"name\": \"amount\", \"data_type\": null", "\"amount\": {\"name\": \"amount\", \"data_type\": \"varchar\"")
        .replace("\"columns\": {\"order_id\"", "\"columns\": {\"gone\": {\"name\": \"gone\"}, \"order_id\""));
    InMemoryProjectSource rocky = imported(dbt);
    rocky.put("models/marts/extra.sql", "select order_id from fct_orders\n");

    MigrationReport r = validate(dbt, rocky);
    assertThat(r.ok()).isFalse();
    assertThat(r.differences()).isEqualTo(2);
    MigrationReport.ModelComparison fct = r.models().get(1);
    assertThat(fct.missingColumns()).containsExactly("gone");
    assertThat(fct.typeDifferences()).singleElement().satisfies(t -> {
      assertThat(t.column()).isEqualTo("amount");
      assertThat(t.dbtType()).isEqualTo("varchar");
      assertThat(t.rockyType()).startsWith("Decimal");
    });
    MigrationReport.ModelComparison extra = r.models().get(2);
    assertThat(extra.model()).isEqualTo("extra");
    assertThat(extra.presentInDbt()).isFalse();
    assertThat(extra.differs()).isTrue();
  }
}
