package dev.rocky.app.dbt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.testkit.InMemoryProjectSource;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading a dbt project from its files: path-based configs, schema-file spellings, and what is reported. */
class DbtFilesImportTest {
  private static InMemoryProjectSource project() {
    return new InMemoryProjectSource("memory:/p")
        .put("dbt_project.yml", """
            name: p
            model-paths: ["transform"]
            vars:
              p:
                region: eu
              other_package:
                ignored: 1
            models:
              p:
                +materialized: table
                legacy:
                  +enabled: false
                events:
                  +materialized: incremental
                  +post-hook: "grant select on {{ this }} to reporter"
                  daily:
                    materialized: view
            """)
        .put("transform/events/clicks.sql", "select * from {{ source('web', 'clicks') }} where region = '{{ var('region') }}'\n")
        .put("transform/events/daily.sql", "select count(*) as n from {{ ref('clicks') }}\n")
        .put("transform/legacy/old.sql", "select 1 as x\n")
        .put("transform/events/schema.yml", """
            version: 2
            sources:
              - name: web
                tables:
                  - name: clicks
                    identifier: raw_clicks
                    columns:
                      - name: id
            models:
              - name: clicks
                columns:
                  - name: id
                    data_tests:
                      - name: clicks_id_values
                        test_name: accepted_values
                        values: [1, 2]
                  - name: clicked_at
                    tests:
                      - not_null:
                          arguments: {}
                          config:
                            where: "id > 0"
            unit_tests:
              - name: counts
                model: daily
                given:
                  - input: ref('clicks')
                    format: csv
                    rows: |
                      id
                      1
                expect:
                  rows: [{n: 1}]
            """);
  }

  @Test
  void pathConfigsVarsSpellingsAndProblemsAreRead() {
    ImportResult result = new DbtImporter().run(project(), DbtImportOptions.defaults());
    ImportReport r = result.report();
    Map<String, String> files = result.files();

    assertThat(r.importedModels()).containsExactly("clicks", "daily");
    assertThat(files.get("models/events/clicks.sql")).isEqualTo("select * from web.raw_clicks where region = '@var(region, eu)'\n");
    assertThat(files.get("models/events/clicks.toml")).contains("type = \"incremental\"\ntimestamp_column = \"clicked_at\"")
        .contains("TODO(rocky import-dbt): timestamp_column 'clicked_at' was guessed")
        .contains("type = \"accepted_values\"\ncolumn = \"id\"\nvalues = [\"1\", \"2\"]")
        .contains("type = \"not_null\"\ncolumn = \"clicked_at\"\nfilter = \"id > 0\"");
    assertThat(files.get("models/events/daily.toml")).contains("type = \"view\"").doesNotContain("[[test]]");
    assertThat(r.warningDetails()).extracting(ImportReport.Warning::model, ImportReport.Warning::category)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("clicks", "incremental"),
            org.assertj.core.groups.Tuple.tuple("daily", "unit_test"));
    assertThat(r.unitTestsFound()).isEqualTo(1);
    assertThat(r.unitTestsConverted()).isZero();
    assertThat(r.sourcesMapped()).isZero();
    assertThat(files).doesNotContainKey("sources/web.toml");
    assertThat(r.notMigrated())
        .anyMatch(n -> n.startsWith("source 'web' was not written to sources/: column types unknown for clicks.id"))
        .anyMatch(n -> n.equals("model old: disabled in dbt (enabled: false), not imported"))
        .anyMatch(n -> n.startsWith("model clicks: post-hook not migrated"));
    assertThat(files).doesNotContainKey("models/legacy/old.sql");
  }
}
