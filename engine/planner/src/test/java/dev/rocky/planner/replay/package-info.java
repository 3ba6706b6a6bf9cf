/** Golden SQL of recording and replaying on Databricks and Snowflake. */
@NullMarked
package dev.rocky.planner.replay;

import org.jspecify.annotations.NullMarked;
