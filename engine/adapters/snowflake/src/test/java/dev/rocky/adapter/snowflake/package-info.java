/** Tests of the Snowflake adapter: the real JDBC driver against the emulated account, and unit tests up to the driver boundary. */
@NullMarked
package dev.rocky.adapter.snowflake;

import org.jspecify.annotations.NullMarked;
