/** The DuckDB warehouse adapter (embedded, via JDBC): the default for local runs and tests. */
@NullMarked
package dev.rocky.adapter.duckdb;

import org.jspecify.annotations.NullMarked;
