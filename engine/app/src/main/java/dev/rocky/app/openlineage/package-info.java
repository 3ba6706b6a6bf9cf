/**
 * OpenLineage export: one static {@code JobEvent} (spec 2-0-2) per model, with the model's output
 * dataset carrying the {@code schema} (1-1-1) and {@code columnLineage} (1-2-0) facets, its input
 * datasets, and the {@code sql} and {@code jobType} job facets, written as newline-delimited JSON so
 * that Marquez, DataHub or OpenMetadata can ingest the compiler's lineage before anything runs.
 * Columns whose lineage is unknown are listed in the custom {@code rocky_unresolvedColumns} facet,
 * never left looking like "no inputs".
 */
@NullMarked
package dev.rocky.app.openlineage;

import org.jspecify.annotations.NullMarked;
