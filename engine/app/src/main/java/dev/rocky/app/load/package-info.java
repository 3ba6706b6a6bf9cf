/**
 * Loading files into the warehouse: {@code rocky load} (CSV, Parquet and JSON-lines files into
 * tables) and {@code rocky seed} ({@code seeds/*.csv} with their sidecars). Every file is staged
 * first; only when all of them read cleanly are they moved into their targets, in one transaction,
 * so a file that does not parse loads nothing.
 */
@NullMarked
package dev.rocky.app.load;

import org.jspecify.annotations.NullMarked;
