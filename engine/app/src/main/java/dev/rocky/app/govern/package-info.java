/**
 * The governance service: a plain service that the CLI and the govern Lambda wrap. It resolves
 * every classified column's masking strategy per environment (the compliance report and gate),
 * applies masks (Databricks functions, Snowflake policies, DuckDB masked views) and reads them back
 * to verify them, writes governance tags, and reconciles grants: desired grants from configuration
 * and roles, current grants read from the warehouse, and only the GRANT/REVOKE difference issued.
 */
@NullMarked
package dev.rocky.app.govern;

import org.jspecify.annotations.NullMarked;
