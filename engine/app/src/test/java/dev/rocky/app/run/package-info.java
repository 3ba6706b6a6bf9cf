/** Tests of the run coordinator's parts, on fakes; whole runs on DuckDB are in {@code dev.rocky.app.e2e}. */
@NullMarked
package dev.rocky.app.run;

import org.jspecify.annotations.NullMarked;
