/** End-to-end tests of branches, plan/apply, replay and the audit trail on real DuckDB and SQLite files. */
@NullMarked
package dev.rocky.cli.branch;

import org.jspecify.annotations.NullMarked;
