/**
 * End-to-end runs: plans built from hand-made models, run by the coordinator on a real DuckDB file
 * with a real SQLite state file, each test asserting the tables' contents and the recorded state.
 */
@NullMarked
package dev.rocky.app.e2e;

import org.jspecify.annotations.NullMarked;
