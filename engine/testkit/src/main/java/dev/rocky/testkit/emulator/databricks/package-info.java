/**
 * An emulated Databricks workspace for tests: WireMock serving the SQL Statement Execution, query
 * history and OAuth endpoints as the API reference documents them, with the statements run on an
 * in-memory DuckDB after a light translation from Databricks SQL. Faults (429s, statements that
 * stay pending or never finish) are scripted per test.
 */
@NullMarked
package dev.rocky.testkit.emulator.databricks;

import org.jspecify.annotations.NullMarked;
