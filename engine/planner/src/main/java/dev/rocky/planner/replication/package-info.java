/**
 * Replication planning: source schema names split by the pipeline's {@code schema_pattern}, targets
 * routed by its templates, per-table strategies after {@code [[table_overrides]]}, schema drift,
 * and the copy SQL for each dialect.
 */
@NullMarked
package dev.rocky.planner.replication;

import org.jspecify.annotations.NullMarked;
