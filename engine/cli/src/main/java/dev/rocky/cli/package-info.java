/**
 * The {@code rocky} launcher: builds the command line with local wiring, installs the error handlers
 * and is the only place that exits the process.
 */
@NullMarked
package dev.rocky.cli;

import org.jspecify.annotations.NullMarked;
