/**
 * The SQL of loading files into the warehouse ({@code rocky load}, {@code rocky seed}): each file is
 * read with DuckDB's {@code read_csv} / {@code read_parquet} / {@code read_json} with explicit
 * options into a staging table, then moved into its target in one transaction.
 */
@NullMarked
package dev.rocky.planner.load;

import org.jspecify.annotations.NullMarked;
