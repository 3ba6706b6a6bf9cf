/** TEST-ONLY: the commands against emulated production warehouses (Databricks, Snowflake). */
@NullMarked
package dev.rocky.cli.warehouse;

import org.jspecify.annotations.NullMarked;
