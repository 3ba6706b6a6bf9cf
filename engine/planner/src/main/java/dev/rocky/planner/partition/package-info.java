/**
 * time_interval partitions: canonical keys per grain, half-open windows, and the resolution of a
 * partition selection (--partition, --from/--to, --latest, --missing, --lookback) into batches.
 */
@NullMarked
package dev.rocky.planner.partition;

import org.jspecify.annotations.NullMarked;
