/**
 * {@code rocky load} (files into the warehouse) and the CSV half of {@code rocky seed}
 * ({@code seeds/*.csv}) on this machine: which files, which formats and tables, which DuckDB; the
 * loading itself is {@code dev.rocky.app.load}.
 */
@NullMarked
package dev.rocky.cli.load;

import org.jspecify.annotations.NullMarked;
