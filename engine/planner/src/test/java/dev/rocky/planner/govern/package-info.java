/** Golden files of the governance SQL of Databricks, Snowflake and DuckDB. */
@NullMarked
package dev.rocky.planner.govern;

import org.jspecify.annotations.NullMarked;
