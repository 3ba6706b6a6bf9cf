/**
 * Tests of the governance service: compliance, grants as code, and masks applied and verified on a
 * real DuckDB and on fake Databricks and Snowflake warehouses.
 */
@NullMarked
package dev.rocky.app.govern;

import org.jspecify.annotations.NullMarked;
