/**
 * Governance SQL for each dialect: masking functions and policies and their bindings (Databricks,
 * Snowflake), masked views in a consumer schema (DuckDB, which has no roles), the queries that read
 * masks and grants back, GRANT and REVOKE, and warehouse tags. Every identifier is quoted by the
 * dialect; principals and tag values are validated or passed as literals, never spliced in raw.
 */
@NullMarked
package dev.rocky.planner.govern;

import org.jspecify.annotations.NullMarked;
