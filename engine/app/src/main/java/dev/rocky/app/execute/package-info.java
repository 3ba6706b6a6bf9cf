/**
 * Materializing one model: the unit a Lambda runs. {@link dev.rocky.app.execute.ExecuteService}
 * probes the target, renders the step's statements, runs them (retrying transient failures with
 * backoff) and returns a {@link dev.rocky.app.execute.ModelResult}. It commits nothing: the caller
 * commits the result (execution, watermark, partitions) in one state-store transaction. The only
 * state it writes is forgetting a watermark that a rebuild of a missing target makes void, which
 * errs on the side of rebuilding again.
 */
@NullMarked
package dev.rocky.app.execute;

import org.jspecify.annotations.NullMarked;
