/**
 * The SQL of recording and replaying a model on a warehouse with Time Travel: each input's identity
 * (a Delta table version, a Snowflake statement time), a table read at that identity, a scratch
 * {@code replay__<run>} schema, and the order-independent content hash of a table, per dialect.
 */
@NullMarked
package dev.rocky.planner.replay;

import org.jspecify.annotations.NullMarked;
