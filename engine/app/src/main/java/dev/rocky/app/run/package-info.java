/**
 * A whole run in one process: {@link dev.rocky.app.run.RunCoordinator} takes the run lease and the
 * idempotency key, runs a plan's layers (models of a layer in parallel) through
 * {@link dev.rocky.app.execute.ExecuteService}, contains failures to their downstream, commits each
 * model's result, records the run and answers Rocky's {@link dev.rocky.app.run.RunOutput}; a
 * {@link dev.rocky.app.run.RunListener} such as {@link dev.rocky.app.run.ProgressPrinter} watches.
 */
@NullMarked
package dev.rocky.app.run;

import org.jspecify.annotations.NullMarked;
