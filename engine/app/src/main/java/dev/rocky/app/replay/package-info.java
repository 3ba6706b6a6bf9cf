/**
 * Content-addressed run records and replay. At plan time every model gets a {@link
 * dev.rocky.app.replay.Recipe} (its compiled form, hashed as canonical JSON); during a run the
 * {@link dev.rocky.app.replay.ProvenanceRecorder} identifies each model's inputs (Parquet artifacts on
 * DuckDB, or the model that built the table earlier in the run; Delta versions on Databricks, a Time
 * Travel instant on Snowflake) and hashes its output in the warehouse;
 * {@link dev.rocky.app.replay.ReplayService} rebuilds a recorded model from its recipe over those
 * inputs (on a scratch DuckDB, upstream models of the run rebuilt there first, or in a
 * {@code replay__<run>} schema reading by Time Travel) and compares.
 * Every hash is SHA-256 over canonical JSON ({@link dev.rocky.app.replay.CanonicalJson}).
 */
@NullMarked
package dev.rocky.app.replay;

import org.jspecify.annotations.NullMarked;
