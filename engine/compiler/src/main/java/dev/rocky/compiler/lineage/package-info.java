/**
 * The project's column-level lineage graph, built from the binder's one-hop edges: indexes by source
 * and by target column, transitive upstream and downstream walks at column and model level (source
 * and external tables are leaves), and an explicit status for every column, so that "unresolved,
 * because ..." is never confused with "no upstream". Part of the compile output
 * ({@link dev.rocky.compiler.CompileResult#lineage()}), consumed by the CLI, the catalog, compliance
 * and promotion.
 */
@NullMarked
package dev.rocky.compiler.lineage;

import org.jspecify.annotations.NullMarked;
