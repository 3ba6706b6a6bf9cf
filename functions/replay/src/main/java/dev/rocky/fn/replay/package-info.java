/**
 * The replay Lambda function: a thin handler over the replay service, one recorded model of a run
 * at a time (a workflow replays them in parallel), the verdicts kept for the window's summary.
 */
@NullMarked
package dev.rocky.fn.replay;

import org.jspecify.annotations.NullMarked;
