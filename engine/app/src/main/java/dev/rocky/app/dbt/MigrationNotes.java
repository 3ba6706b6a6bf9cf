package dev.rocky.app.dbt;

import java.util.List;

/**
 * {@code MIGRATION-NOTES.md}: what was imported, every model that was not translated and why,
 * every warning, what was not migrated, and how each dbt feature maps to Rocky — the limitations
 * spelled out so that nothing is lost silently.
 */
final class MigrationNotes {
  static final String FILE = "MIGRATION-NOTES.md";

  private MigrationNotes() {}

  static String render(ImportReport r) {
    StringBuilder md = new StringBuilder();
    md.append("# Migration notes: dbt project `").append(r.projectName()).append("`\n\n")
        .append("Imported by `rocky import-dbt` from ").append(r.importMethod().equals("manifest.json")
            ? "`target/manifest.json`" : "the project's files (no manifest)")
        .append(r.dbtVersion() == null ? "" : " (dbt " + r.dbtVersion() + ")").append(".\n\n")
        .append("| | count |\n|---|---|\n")
        .append("| models imported | ").append(r.imported()).append(" |\n")
        .append("| of which with warnings | ").append(r.warnings()).append(" |\n")
        .append("| models not translated | ").append(r.failed()).append(" |\n")
        .append("| source tables declared / found | ").append(r.sourcesMapped()).append(" / ").append(r.sourcesFound()).append(" |\n")
        .append("| generic tests converted / found | ").append(r.testsConverted()).append(" / ").append(r.testsFound()).append(" |\n")
        .append("| unit tests converted / found | ").append(r.unitTestsConverted()).append(" / ").append(r.unitTestsFound()).append(" |\n")
        .append("| seeds | ").append(r.seeds()).append(" |\n\n")
        .append("Next: `rocky compile`, then `rocky validate-migration --dbt-project <dbt project>`.\n\n");
    section(md, "Models not translated", r.failedDetails().stream().map(f -> "**" + f.name() + "** (`" + f.file()
        + "`): " + f.reason() + ". The original is kept at `" + f.keptAt() + "`; rewrite it as plain SQL or a `.rocky`"
        + " pipeline under `models/`.").toList());
    section(md, "Warnings", r.warningDetails().stream().map(w -> "**" + w.model() + "** [" + w.category() + "]"
        + (w.line() == null ? "" : " line " + w.line()) + ": " + w.message()).toList());
    section(md, "Not migrated", r.notMigrated());
    md.append(LIMITATIONS);
    return md.toString();
  }

  private static void section(StringBuilder md, String title, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    md.append("## ").append(title).append("\n\n");
    items.forEach(i -> md.append("- ").append(i).append('\n'));
    md.append('\n');
  }

  private static final String LIMITATIONS = """
      ## How dbt maps to Rocky, and the limits

      - **No Jinja.** Rocky models are plain SQL (or `.rocky` pipelines). `ref('m')` became the bare model name
        `m` (a DAG edge, also listed in the sidecar's `depends_on`); `ref('seed')` and `source('s', 't')` became the
        qualified table (`schema.table`); `var('x')` became `@var(x, <default from dbt_project.yml>)`, substituted as
        text like dbt does (bind it with `--var x=...`); `{{ this }}` became the model's own name;
        `dbt_utils.generate_surrogate_key` became the same `md5(...)` expression.
      - **Loops, `{% set %}`, other `{% if %}`s and macro calls are not translated.** Rocky has no template runtime.
        Such a model is not written under `models/`; its original is kept under `untranslated/` with a TODO header
        naming each construct and line. Unroll the loop (the compiled SQL in dbt's `target/compiled/` is a good
        start), or express it as a `.rocky` pipeline.
      - **`is_incremental()` blocks are commented out, with a TODO.** Rocky runs the model's full query; its strategy
        decides what to write: `incremental` with `unique_key` became `merge` on that key; without one, `incremental`
        on the timestamp column the dbt filter compared with `max(...)` of the model's own table (or a column that
        looks like a timestamp, flagged); failing both, `full_refresh` with a TODO. A `{% else %}` branch is kept as
        the SQL.
      - **Materializations.** `table` is `full_refresh`, `view` is `view`, `ephemeral` is `ephemeral` (inlined into
        its readers), `materialized_view` is `materialized_view`, `insert_overwrite` with `partition_by` is
        `delete_insert`, `microbatch` with `event_time` is `microbatch`. Custom materializations become
        `full_refresh` with a warning.
      - **Schemas and aliases.** dbt's custom `schema`, `alias` and `database` configs are not carried over, so that
        bare model references keep resolving in one schema; dbt's `generate_schema_name` prefixing is not reproduced.
        Seeds land in their `+schema` (verbatim) or the default schema, and are declared in `sources/seeds.toml`.
      - **Tests.** `not_null`, `unique`, `accepted_values`, `relationships` and dbt_utils' `accepted_range`,
        `expression_is_true`, `unique_combination_of_columns` and `not_accepted_values` became `[[tests]]` (run with
        `rocky test --declarative`); a test's `where` is its `filter`, `severity: warn` is `warning`. Other generic
        tests and singular tests (`tests/*.sql`) are listed above, not migrated. Unit tests with `dict` rows became
        `[[test]]` fixtures.
      - **Sources** are written to `sources/<source>.toml` only when every column has a known type (`data_type` in
        the schema file, or `target/catalog.json` with the manifest); otherwise models reading them still compile,
        with those columns unknown.
      - **Not migrated at all:** snapshots (use a Rocky snapshot pipeline), exposures, metrics and semantic models,
        hooks and operations, packages' own models, `profiles.yml` (the adapter in `rocky.toml` is DuckDB; change it).
      """;
}
