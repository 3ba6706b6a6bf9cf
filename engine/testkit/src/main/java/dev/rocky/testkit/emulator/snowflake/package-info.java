/**
 * An emulated Snowflake account for tests: WireMock serving the login-request, query-request,
 * result, abort and session endpoints Snowflake's JDBC driver speaks (JSON result format, plain HTTP
 * on loopback), with statements run on an in-memory DuckDB after a light translation from
 * Snowflake SQL. The real driver connects to it unchanged.
 */
@NullMarked
package dev.rocky.testkit.emulator.snowflake;

import org.jspecify.annotations.NullMarked;
