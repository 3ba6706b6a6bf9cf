/**
 * Coming from dbt: {@code rocky import-dbt} reads a dbt Core project (its {@code dbt_project.yml},
 * models, schema files and seeds, or {@code target/manifest.json} when present) and writes an
 * equivalent Rocky project, reporting what did not translate; {@code rocky validate-migration}
 * compiles the result and compares its DAG and columns with the dbt project's.
 */
@NullMarked
package dev.rocky.app.dbt;

import org.jspecify.annotations.NullMarked;
