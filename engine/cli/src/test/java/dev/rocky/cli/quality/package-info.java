/** End-to-end tests of rocky test, rocky ci and the checks of rocky run: the CLI in process on real DuckDB files. */
@NullMarked
package dev.rocky.cli.quality;

import org.jspecify.annotations.NullMarked;
