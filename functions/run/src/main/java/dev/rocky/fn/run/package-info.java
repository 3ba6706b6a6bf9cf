/**
 * The run Lambda function: the bookkeeping a state machine needs around the execute function, so
 * that a run in Step Functions records what {@link dev.rocky.app.run.RunCoordinator} records in one
 * process. One handler, {@link dev.rocky.fn.run.RunHandler}, answers four steps: {@code start}
 * (lease, idempotency key, run id, the run's layout), {@code batch} (failure containment before a
 * batch of models: blocked ones are committed as skipped), {@code model_failed} (a model whose
 * invocation failed for good is committed as failed) and {@code finish} / {@code abort} (the run
 * record, the key, the lease). Models travel as plan positions, never as name lists.
 */
@NullMarked
package dev.rocky.fn.run;

import org.jspecify.annotations.NullMarked;
