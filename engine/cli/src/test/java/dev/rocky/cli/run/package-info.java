/** End-to-end tests of run, seed, history and state: the CLI in process, real DuckDB and SQLite files. */
@NullMarked
package dev.rocky.cli.run;

import org.jspecify.annotations.NullMarked;
