package dev.rocky.app.dbt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rocky.core.error.RockyException;
import dev.rocky.testkit.InMemoryProjectSource;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fast path: a project read through {@code target/manifest.json} (and {@code catalog.json} for types). */
class ManifestImportTest {
  static final String MANIFEST = """
      {
        "metadata": {"dbt_version": "1.9.0", "project_name": "shop"},
        "nodes": {
          "model.shop.stg_orders": {
            "resource_type": "model", "package_name": "shop", "name": "stg_orders", "unique_id": "model.shop.stg_orders",
            "original_file_path": "models/staging/stg_orders.sql",
            "raw_code": "select order_id, amount from {{ source('raw', 'orders') }}",
            "config": {"materialized": "view", "unique_key": null, "schema": "staging"},
            "columns": {}, "depends_on": {"nodes": ["source.shop.raw.orders"]}, "description": ""
          },
          "model.shop.fct_orders": {
            "resource_type": "model", "package_name": "shop", "name": "fct_orders", "unique_id": "model.shop.fct_orders",
            "original_file_path": "models/marts/fct_orders.sql",
            "raw_code": "{{ config(materialized='incremental', unique_key='order_id') }}\\nselect order_id, amount from {{ ref('stg_orders') }}\\n{% if is_incremental() %}where order_id > (select max(order_id) from {{ this }}){% endif %}\\n",
            "config": {"materialized": "incremental", "unique_key": "order_id", "incremental_strategy": null},
            "description": "Orders.",
            "columns": {"order_id": {"name": "order_id", "data_type": "integer", "description": "The key."},
                        "amount": {"name": "amount", "data_type": null, "description": ""}},
            "depends_on": {"nodes": ["model.shop.stg_orders"]}
          },
          "model.pkg.pkg_model": {
            "resource_type": "model", "package_name": "pkg", "name": "pkg_model", "unique_id": "model.pkg.pkg_model",
            "original_file_path": "models/pkg_model.sql", "raw_code": "select 1", "config": {}, "columns": {},
            "depends_on": {"nodes": []}
          },
          "test.shop.not_null_fct_orders_order_id.abc": {
            "resource_type": "test", "package_name": "shop", "attached_node": "model.shop.fct_orders", "column_name": "order_id",
            "test_metadata": {"name": "not_null", "namespace": null,
                              "kwargs": {"column_name": "order_id", "model": "{{ get_where_subquery(ref('fct_orders')) }}"}},
            "config": {"severity": "ERROR", "where": null}
          },
          "test.shop.range.def": {
            "resource_type": "test", "package_name": "shop", "attached_node": "model.shop.fct_orders", "column_name": "amount",
            "test_metadata": {"name": "accepted_range", "namespace": "dbt_utils", "kwargs": {"column_name": "amount", "min_value": 0}},
            "config": {"severity": "warn"}
          },
          "test.shop.assert_something": {
            "resource_type": "test", "package_name": "shop", "original_file_path": "tests/assert_something.sql",
            "depends_on": {"nodes": ["model.shop.fct_orders"]}
          },
          "seed.shop.countries": {
            "resource_type": "seed", "package_name": "shop", "name": "countries", "original_file_path": "seeds/countries.csv",
            "schema": "main_ref", "config": {"column_types": {"code": "varchar"}}
          }
        },
        "sources": {
          "source.shop.raw.orders": {
            "source_name": "raw", "name": "orders", "unique_id": "source.shop.raw.orders", "schema": "raw",
            "database": null, "identifier": "orders", "columns": {}
          }
        },
        "macros": {
          "macro.shop.cents": {"package_name": "shop", "name": "cents"},
          "macro.dbt_utils.star": {"package_name": "dbt_utils", "name": "star"}
        },
        "unit_tests": {
          "unit_test.shop.fct_orders.keeps_rows": {
            "name": "keeps_rows", "model": "fct_orders", "description": "",
            "given": [{"input": "ref('stg_orders')", "rows": [{"order_id": 1, "amount": 2.5}], "format": "dict"}],
            "expect": {"rows": [{"order_id": 1}], "format": "dict"}
          }
        }
      }
      """;
  private static final String CATALOG = """
      {"nodes": {}, "sources": {"source.shop.raw.orders": {"columns": {
        "ORDER_ID": {"type": "INTEGER", "name": "order_id", "index": 1},
        "AMOUNT": {"type": "DECIMAL(10,2)", "name": "amount", "index": 2}}}}}
      """;

  private static InMemoryProjectSource project() {
    return project(MANIFEST);
  }

  static InMemoryProjectSource project(String manifest) {
    return new InMemoryProjectSource("memory:/shop")
        .put("dbt_project.yml", "name: shop\nprofile: shop\nvars:\n  cutoff: 5\n")
        .put("target/manifest.json", manifest)
        .put("target/catalog.json", CATALOG)
        .put("seeds/countries.csv", "code,name\nDE,Germany\n");
  }

  @Test
  void theManifestGivesModelsConfigsTestsSourcesAndUnitTests() {
    ImportResult result = new DbtImporter().run(project(), DbtImportOptions.defaults());
    ImportReport r = result.report();
    assertThat(r.importMethod()).isEqualTo("manifest.json");
    assertThat(r.dbtVersion()).isEqualTo("1.9.0");
    assertThat(r.importedModels()).containsExactly("stg_orders", "fct_orders");
    assertThat(r.imported()).isEqualTo(2);
    assertThat(r.warnings()).isEqualTo(1);
    assertThat(r.failed()).isZero();
    assertThat(r.testsFound()).isEqualTo(2);
    assertThat(r.testsConverted()).isEqualTo(2);
    assertThat(r.unitTestsConverted()).isEqualTo(1);
    assertThat(r.sourcesMapped()).isEqualTo(1);
    assertThat(r.macrosDetected()).isEqualTo(1);
    assertThat(r.notMigrated()).anyMatch(n -> n.contains("tests/assert_something.sql"))
        .anyMatch(n -> n.contains("model stg_orders: custom schema 'staging' not carried over"));

    Map<String, String> files = result.files();
    assertThat(files.get("models/marts/fct_orders.sql")).startsWith("select order_id, amount from stg_orders\n");
    assertThat(files.get("models/marts/fct_orders.toml"))
        .contains("depends_on = [\"stg_orders\"]").contains("intent = \"Orders.\"")
        .contains("type = \"merge\"\nunique_key = [\"order_id\"]")
        .contains("[columns.order_id]\ndescription = \"The key.\"")
        .contains("type = \"not_null\"\ncolumn = \"order_id\"")
        .contains("type = \"in_range\"\ncolumn = \"amount\"\nmin = \"0\"\nseverity = \"warning\"")
        .contains("[[test.given]]\nref = \"stg_orders\"\nrows = [\n  { order_id = 1, amount = 2.5 },\n]");
    assertThat(files.get("models/staging/stg_orders.sql")).isEqualTo("select order_id, amount from raw.orders\n");
    assertThat(files.get("sources/raw.toml")).contains("{ name = \"order_id\", type = \"INTEGER\" }")
        .contains("{ name = \"amount\", type = \"DECIMAL(10,2)\" }");
    assertThat(files.get("seeds/countries.toml")).contains("schema = \"main_ref\"").contains("code = \"varchar\"");
    assertThat(files).doesNotContainKey("models/pkg_model.sql");
  }

  @Test
  void noManifestReadsTheFilesAndARequiredManifestMustExist() {
    ImportResult files = new DbtImporter().run(project(), DbtImportOptions.defaults().withManifest(DbtImportOptions.Manifest.IGNORED));
    assertThat(files.report().importMethod()).isEqualTo("regex");
    assertThat(files.report().imported()).isZero();

    InMemoryProjectSource bare = new InMemoryProjectSource("memory:/bare").put("dbt_project.yml", "name: bare\n");
    assertThatThrownBy(() -> new DbtImporter().run(bare, DbtImportOptions.defaults().withManifest(DbtImportOptions.Manifest.REQUIRED)))
        .isInstanceOf(RockyException.class).hasMessageContaining("--manifest was given but memory:/bare has no target/manifest.json");
    assertThatThrownBy(() -> new DbtImporter().run(new InMemoryProjectSource("memory:/none"), DbtImportOptions.defaults()))
        .isInstanceOf(RockyException.class).hasMessageContaining("no dbt_project.yml in memory:/none");
    InMemoryProjectSource broken = new InMemoryProjectSource("memory:/broken").put("dbt_project.yml", "name: [unclosed\n");
    assertThatThrownBy(() -> new DbtImporter().run(broken, DbtImportOptions.defaults()))
        .isInstanceOf(RockyException.class).hasMessageContaining("dbt_project.yml is not valid YAML");
  }
}
