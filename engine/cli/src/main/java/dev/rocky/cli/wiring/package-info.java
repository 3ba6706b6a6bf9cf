/**
 * The seam between the commands and the engine: request records built from command-line options and
 * the {@link dev.rocky.cli.wiring.Wiring} that turns them into results, with the local wiring.
 */
@NullMarked
package dev.rocky.cli.wiring;

import org.jspecify.annotations.NullMarked;
