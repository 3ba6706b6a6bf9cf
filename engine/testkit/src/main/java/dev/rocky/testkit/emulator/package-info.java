/**
 * Warehouse emulators for tests, one sub-package per vendor ({@code databricks}, {@code snowflake}):
 * WireMock serving the vendor's HTTP protocol, each statement run on an in-memory DuckDB after a
 * lexical translation. This package holds what they share: string literals and statement
 * patterns ({@code EmulatedSql}), table names in translated SQL, table history for time travel,
 * and the masks and grants DuckDB does not have.
 */
@NullMarked
package dev.rocky.testkit.emulator;

import org.jspecify.annotations.NullMarked;
