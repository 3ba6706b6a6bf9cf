/** The Snowflake warehouse adapter, on Snowflake's JDBC driver. */
@NullMarked
package dev.rocky.adapter.snowflake;

import org.jspecify.annotations.NullMarked;
